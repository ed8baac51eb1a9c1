package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind;
import cn.gov.huiji.fourlists.list.enforcement.service.BodyRecord;
import cn.gov.huiji.fourlists.list.enforcement.service.BodyRegister;
import cn.gov.huiji.fourlists.list.enforcement.service.CertificateCheck;
import cn.gov.huiji.fourlists.list.enforcement.service.EntrustmentRecord;
import cn.gov.huiji.fourlists.list.enforcement.service.OfficerRegister;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 法无授权不可为 (Art. 4, R-LIST-6; Art. 17–19, R-LIST-8, R-LIST-9): may this body exercise this power on this date,
 * and, with a certificate, may this officer do it for the body? Yes only if the body was registered, confirmed and
 * published that day (as the register then stood); it holds the item in force itself, or it is an entrusted
 * organisation with an unrevoked entrustment in term that day covering an item in force of the entrusting body; and
 * the certificate was valid that day, for that unit and the body's enforcement category. Every no names its reason.
 */
@ApplicationScoped
public class AuthorityCheck {

    /** Why the answer is yes or no, in the order the check asks. */
    @Schema(description = "Why the answer is yes or no")
    public enum ReasonCode {
        AUTHORIZED("有权执法"),
        BODY_NOT_CONFIRMED("主体未确认"),
        ITEM_REPEALED("事项已取消"),
        OUTSIDE_ENTRUSTMENT("超出委托范围"),
        ENTRUSTMENT_EXPIRED("委托已过期"),
        NO_AUTHORITY("法无授权不可为"),
        CERTIFICATE_INVALID("执法证无效");

        public final String zh;

        ReasonCode(String zh) {
            this.zh = zh;
        }
    }

    public record Answer(boolean authorized, String bodyCode, String power, LocalDate date, Grant grant,
                         String reason, String reasonZh,
                         @Schema(description = "AUTHORIZED, BODY_NOT_CONFIRMED 主体未确认, ITEM_REPEALED 事项已取消, "
                                 + "OUTSIDE_ENTRUSTMENT 超出委托范围, ENTRUSTMENT_EXPIRED 委托已过期, NO_AUTHORITY 法无授权不可为, "
                                 + "CERTIFICATE_INVALID 执法证无效") ReasonCode reasonCode,
                         @Schema(examples = "主体未确认") String reasonCodeZh,
                         @Schema(description = "The certificate check on the date, when a certificate was given and is registered")
                         CertificateCheck officer) {
    }

    public record Grant(String code, String list, String name, String category, String implementingBody, int version,
                        OffsetDateTime validFrom, OffsetDateTime validTo, String legalBasisText,
                        List<ListItemContent.Citation> legalBasis) {
        static Grant of(ListItemVersion v) {
            ListItemContent c = v.fields.content;
            return new Grant(v.code, v.fields.list.name(), v.fields.name, v.fields.category,
                    c != null && c.implementingBody() != null ? c.implementingBody().name() : null, v.version, v.validFrom,
                    v.validTo, v.fields.legalBasis, c == null ? List.of() : c.legalBasis());
        }
    }

    private final ItemQueries queries;
    private final BodyRegister bodies;
    private final OfficerRegister officers;

    public AuthorityCheck(ItemQueries queries, BodyRegister bodies, OfficerRegister officers) {
        this.queries = queries;
        this.bodies = bodies;
        this.officers = officers;
    }

    public Answer check(String bodyCode, String power, LocalDate date) {
        return check(bodyCode, power, date, null);
    }

    public Answer check(String bodyCode, String power, LocalDate date, String certificate) {
        if (bodyCode == null || bodyCode.isBlank()) {
            throw ProblemException.invalid("bodyCode", "required: the body's unified social credit code", "必填：实施主体的统一社会信用代码");
        }
        String body = bodyCode.trim().toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(body)) {
            throw ProblemException.invalid("bodyCode", "not a valid unified social credit code (GB 32100)",
                    "不是有效的统一社会信用代码（GB 32100）");
        }
        if (power == null || power.isBlank()) {
            throw ProblemException.invalid("power", "required: an item code or an item name", "必填：事项编码或事项名称");
        }
        if (certificate != null && certificate.isBlank()) {
            certificate = null;
        }
        if (certificate != null && certificate.length() > 64) {
            throw ProblemException.invalid("certificate", "at most 64 characters", "执法证号不超过64个字符");
        }
        Verdict v = judge(body, power.trim(), date);
        CertificateCheck officer = certificate == null ? null : officers.checkOn(certificate.trim(), date).orElse(null);
        if (v.code == ReasonCode.AUTHORIZED && certificate != null) {
            Verdict onCertificate = certificate(certificate.trim(), officer, v.body, date);
            if (onCertificate != null) {
                v = new Verdict(onCertificate.code, v.grant, v.body, onCertificate.reason, onCertificate.reasonZh);
            }
        }
        return new Answer(v.code == ReasonCode.AUTHORIZED, body, power.trim(), date, v.grant, v.reason, v.reasonZh, v.code,
                v.code.zh, officer);
    }

    private record Verdict(ReasonCode code, Grant grant, BodyRecord body, String reason, String reasonZh) {
    }

    private Verdict judge(String body, String wanted, LocalDate date) {
        // Art. 17: only a body confirmed and published (公告) that day enforces at all.
        Optional<BodyRecord> record = bodies.on(body, date);
        if (record.isEmpty() || !record.get().published() || !record.get().confirmed()) {
            String state = record.isEmpty() ? "not registered as an enforcement body"
                    : !record.get().confirmed() ? "registered but not confirmed" : "registered but not published";
            String stateZh = record.isEmpty() ? "未登记为执法主体" : !record.get().confirmed() ? "已登记但未经确认" : "已登记但未公告";
            return new Verdict(ReasonCode.BODY_NOT_CONFIRMED, null, record.orElse(null),
                    "On " + date + " " + body + " was " + state + ": only a confirmed and published body enforces (Art. 17).",
                    "截至 " + date + "，" + body + " " + stateZh + "，主体未确认，不得行使执法权（第十七条）。");
        }
        BodyRecord b = record.get();
        // It holds the item itself.
        for (ListItemVersion v : queries.heldBy(body, date)) {
            if (v.code.equals(wanted) || v.fields.name.equals(wanted)) {
                return ItemVersioning.PUBLISHED.equals(v.fields.status)
                        ? new Verdict(ReasonCode.AUTHORIZED, Grant.of(v), b,
                        "Item " + v.code + " (version " + v.version + ") gives this body this power on " + date + ".",
                        "事项 " + v.code + "（第" + v.version + "版）于 " + date + " 授予该主体此项权力。")
                        : repealed(v, b, date);
            }
        }
        List<ListItemVersion> anywhere = queries.inForceByCodeOrName(wanted, date);
        // Art. 18: an entrusted organisation acts within the items and the term entrusted to it.
        if (b.kind() == BodyKind.ENTRUSTED) {
            Set<String> codes = anywhere.stream().map(v -> v.code).collect(Collectors.toSet());
            codes.add(wanted);
            List<EntrustmentRecord> received = bodies.entrustmentsOf(body);
            List<EntrustmentRecord> covering = received.stream().filter(e -> e.itemCodes().stream().anyMatch(codes::contains)).toList();
            if (covering.isEmpty()) {
                return new Verdict(ReasonCode.OUTSIDE_ENTRUSTMENT, null, b,
                        "The power '" + wanted + "' is not among the items entrusted to " + body + " (" + received.size()
                                + " entrustment(s) on record).",
                        "该项权力（" + wanted + "）不在 " + body + " 受委托的事项范围内，超出委托范围。");
            }
            List<EntrustmentRecord> inTerm = covering.stream().filter(e -> e.inTerm(date)).toList();
            if (inTerm.isEmpty()) {
                EntrustmentRecord last = covering.get(covering.size() - 1);
                String why = last.revoked() && !date.isBefore(last.revokedOn())
                        ? "it was revoked from " + last.revokedOn() + " (" + last.revokedReason() + ")"
                        : "its term is " + last.validFrom() + " to " + last.validTo();
                String whyZh = last.revoked() && !date.isBefore(last.revokedOn())
                        ? "该委托已自 " + last.revokedOn() + " 起终止（" + last.revokedReason() + "）"
                        : "委托期限为 " + last.validFrom() + " 至 " + last.validTo();
                return new Verdict(ReasonCode.ENTRUSTMENT_EXPIRED, null, b,
                        "No entrustment covering '" + wanted + "' was in force on " + date + ": " + why + " ("
                                + last.documentNo() + ").",
                        date + " 没有有效的委托涵盖该项权力：" + whyZh + "（" + last.documentNo() + "），委托已过期。");
            }
            for (EntrustmentRecord e : inTerm) {
                for (ListItemVersion v : queries.heldBy(e.entrustingCreditCode(), date)) {
                    if (e.covers(v.code) && (v.code.equals(wanted) || v.fields.name.equals(wanted))) {
                        return ItemVersioning.PUBLISHED.equals(v.fields.status)
                                ? new Verdict(ReasonCode.AUTHORIZED, Grant.of(v), b,
                                "Entrusted by " + e.entrustingCreditCode() + " (" + e.documentNo() + ", " + e.validFrom() + " to "
                                        + e.validTo() + "): item " + v.code + " (version " + v.version + ") on " + date + ".",
                                "受 " + e.entrustingCreditCode() + " 委托（" + e.documentNo() + "，" + e.validFrom() + " 至 "
                                        + e.validTo() + "），于 " + date + " 以委托机关名义行使事项 " + v.code + "（第" + v.version + "版）。")
                                : repealed(v, b, date);
                    }
                }
            }
            return new Verdict(ReasonCode.NO_AUTHORITY, null, b,
                    "The entrusting body held no published item '" + wanted + "' in force on " + date + ".",
                    "截至 " + date + "，委托机关没有有效的已公布事项（" + wanted + "）可供委托。法无授权不可为。");
        }
        if (anywhere.stream().anyMatch(v -> ItemVersioning.PUBLISHED.equals(v.fields.status))) {
            return new Verdict(ReasonCode.NO_AUTHORITY, null, b,
                    "The power is on the lists on " + date + " but for another implementing body, not " + body + ".",
                    "该项权力在 " + date + " 的清单上由其他实施主体行使，未授予 " + body + "。法无授权不可为。");
        }
        return new Verdict(ReasonCode.NO_AUTHORITY, null, b,
                "No published item in force on " + date + " gives " + body + " the power '" + wanted + "'.",
                "截至 " + date + "，没有有效的已公布事项授予 " + body + " 该项权力（" + wanted + "）。法无授权不可为。");
    }

    private static Verdict repealed(ListItemVersion v, BodyRecord b, LocalDate date) {
        return new Verdict(ReasonCode.ITEM_REPEALED, Grant.of(v), b,
                "The item was repealed before " + date + " (version " + v.version + ").",
                "该事项在 " + date + " 前已取消（第" + v.version + "版）。");
    }

    /**
     * Art. 19: the officer acts for the body only with a certificate valid that day, issued for that unit and the
     * body's enforcement category. Null when it passes.
     */
    private static Verdict certificate(String number, CertificateCheck c, BodyRecord body, LocalDate date) {
        if (c == null) {
            return invalid("No enforcement certificate " + number + " is registered.", "执法证 " + number + " 未登记，执法证无效。");
        }
        if (!c.valid()) {
            return invalid("Certificate " + number + " was not valid on " + date + ": " + c.reason(),
                    "执法证 " + number + " 在 " + date + " 无效：" + c.reasonZh());
        }
        if (!body.creditCode().equals(c.unitCreditCode())) {
            return invalid("Certificate " + number + " is issued for " + c.unitCreditCode() + ", not for " + body.creditCode() + ".",
                    "执法证 " + number + " 所在单位为 " + (c.unitName() != null ? c.unitName() : c.unitCreditCode())
                            + "，不是 " + body.name() + "，执法证无效。");
        }
        if (!body.enforcementCategory().equals(c.category())) {
            return invalid("Certificate " + number + " is for the category " + c.category() + ", the body's is "
                            + body.enforcementCategory() + ".",
                    "执法证 " + number + " 的执法类别为 " + c.category() + "，与执法主体的执法类别 " + body.enforcementCategory()
                            + " 不符，执法证无效。");
        }
        return null;
    }

    private static Verdict invalid(String reason, String reasonZh) {
        return new Verdict(ReasonCode.CERTIFICATE_INVALID, null, null, reason, reasonZh);
    }
}
