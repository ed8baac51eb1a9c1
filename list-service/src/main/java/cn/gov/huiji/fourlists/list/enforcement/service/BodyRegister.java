package cn.gov.huiji.fourlists.list.enforcement.service;

import cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind;
import cn.gov.huiji.fourlists.list.enforcement.domain.EnforcementBody;
import cn.gov.huiji.fourlists.list.enforcement.domain.EnforcementBodyVersion;
import cn.gov.huiji.fourlists.list.enforcement.domain.Entrustment;
import io.quarkus.panache.common.Sort;
import cn.gov.huiji.fourlists.list.service.ItemQueries;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads of the body register (R-LIST-8) for the rest of the service: which body a credit code names, and whether it
 * was registered, confirmed and published on a day (what the register said at the end of that day, Beijing time).
 */
@ApplicationScoped
public class BodyRegister {

    /** The body's record in force now, published or not; empty when the code was never registered. */
    public Optional<BodyRecord> find(String creditCode) {
        if (creditCode == null) {
            return Optional.empty();
        }
        return EnforcementBodyVersion.<EnforcementBodyVersion>find("creditCode = ?1 and validTo is null", normal(creditCode))
                .firstResultOptional().map(BodyRecord::of);
    }

    /** The body's record as the register said it at the end of {@code date}, published or not. */
    public Optional<BodyRecord> on(String creditCode, LocalDate date) {
        if (creditCode == null) {
            return Optional.empty();
        }
        if (date == null) {
            return find(creditCode);
        }
        return EnforcementBodyVersion.<EnforcementBodyVersion>find(
                        "creditCode = ?1 and validFrom < ?2 and (validTo is null or validTo >= ?2)", normal(creditCode),
                        ItemQueries.endOf(date))
                .firstResultOptional().map(BodyRecord::of);
    }

    /** The body's record on {@code date} if it was then confirmed and published (公告, Art. 17); else empty. */
    public Optional<BodyRecord> publishedOn(String creditCode, LocalDate date) {
        return on(creditCode, date).filter(b -> b.published() && b.confirmed());
    }

    /** Confirmed and published now: the test a published item's implementing body must pass (Art. 17). */
    public boolean publishedNow(String creditCode) {
        return find(creditCode).filter(b -> b.published() && b.confirmed()).isPresent();
    }

    /**
     * The entrustments the body received, oldest first. They are judged by their own dates (term, revocation), not by
     * when they were recorded: an entrustment of 2016 entered today still answers for 2017.
     */
    public List<EntrustmentRecord> entrustmentsOf(String creditCode) {
        if (creditCode == null) {
            return List.of();
        }
        return Entrustment.<Entrustment>list("entrustedCreditCode = ?1", Sort.by("registeredAt").and("id"), normal(creditCode))
                .stream().map(EntrustmentRecord::of).toList();
    }

    /** The published bodies as the register showed them at the end of {@code date}, optionally of one kind. */
    public List<BodyRecord> publishedList(LocalDate date, BodyKind kind) {
        OffsetDateTime end = ItemQueries.endOf(date);
        List<EnforcementBodyVersion> found = kind == null
                ? EnforcementBodyVersion.list("fields.published = true and validFrom < ?1 and (validTo is null or validTo >= ?1)",
                        Sort.by("creditCode"), end)
                : EnforcementBodyVersion.list("fields.published = true and fields.kind = ?2 and validFrom < ?1 "
                        + "and (validTo is null or validTo >= ?1)", Sort.by("creditCode"), end, kind);
        return found.stream().map(BodyRecord::of).toList();
    }

    /** Every registered body as the register showed it at the end of {@code date}, published or not. */
    public List<BodyRecord> registeredList(LocalDate date, BodyKind kind) {
        OffsetDateTime end = ItemQueries.endOf(date);
        List<EnforcementBodyVersion> found = kind == null
                ? EnforcementBodyVersion.list("validFrom < ?1 and (validTo is null or validTo >= ?1)", Sort.by("creditCode"), end)
                : EnforcementBodyVersion.list("fields.kind = ?2 and validFrom < ?1 and (validTo is null or validTo >= ?1)",
                        Sort.by("creditCode"), end, kind);
        return found.stream().map(BodyRecord::of).toList();
    }

    /** Every version of the body's record, oldest first (empty when never registered). */
    public List<BodyRecord> history(String creditCode) {
        return EnforcementBodyVersion.<EnforcementBodyVersion>list("creditCode", Sort.by("version"), normal(creditCode))
                .stream().map(BodyRecord::of).toList();
    }

    /** The names of registered bodies, for views that show an entrusting body by name. */
    public Map<String, String> names(Collection<String> creditCodes) {
        if (creditCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        EnforcementBody.<EnforcementBody>list("creditCode in ?1", creditCodes).forEach(b -> names.put(b.creditCode, b.fields.name));
        return names;
    }

    static String normal(String creditCode) {
        return creditCode.trim().toUpperCase(Locale.ROOT);
    }
}
