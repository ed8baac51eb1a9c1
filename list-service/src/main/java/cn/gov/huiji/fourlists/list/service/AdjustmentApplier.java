package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.kernel.events.ListEvents;
import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.list.domain.ItemFields;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.domain.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies published adjustments to the lists (R-LIST-4, Art. 6, 26(5)): the only way a published item changes.
 * Each adjustment becomes a new immutable version, once, however often its event arrives.
 */
@ApplicationScoped
public class AdjustmentApplier {

    public static final String REPEALED = ItemVersioning.REPEALED;

    public enum Outcome { APPLIED, DUPLICATE, REJECTED, IGNORED }

    private final EntityManager em;
    private final TraceRecorder traces;
    private final Validator validator;
    private final ItemVersioning versioning;
    private final ItemLoadService loader;

    public AdjustmentApplier(EntityManager em, TraceRecorder traces, Validator validator, ItemVersioning versioning,
                             ItemLoadService loader) {
        this.loader = loader;
        this.versioning = versioning;
        this.em = em;
        this.traces = traces;
        this.validator = validator;
    }

    @Transactional
    public Outcome apply(TraceEvent event) {
        if (!AdjustmentEvents.REQUEST_PUBLISHED.is(event.type())) {
            return Outcome.IGNORED;
        }
        // Unreadable fields make the whole record a poison record (dead-lettered by the consumer), never half-applied.
        AdjustmentEvents.RequestStepTaken data = TraceEventCodec.dataAs(event, AdjustmentEvents.RequestStepTaken.class);
        if (data.requestId() == null || data.changeKind() == null) {
            throw new IllegalArgumentException("a publication names its request and its kind of change");
        }
        UUID requestId = data.requestId();
        int first = em.createNativeQuery("""
                        insert into applied_adjustment (request_id, event_id, applied_at, outcome)
                        values (?1, ?2, ?3, 'APPLIED') on conflict do nothing""")
                .setParameter(1, requestId).setParameter(2, UUID.fromString(event.id()))
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        if (first == 0) {
            return Outcome.DUPLICATE; // a redelivered publication changes nothing
        }
        String changeKind = data.changeKind();
        String code = data.targetItemCode();
        OffsetDateTime validFrom = event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC);
        String problem = switch (changeKind) {
            case "ADD", "MODIFY" -> addOrModify(changeKind, data.proposedItem(), validFrom, requestId);
            case "REPEAL" -> repeal(code, validFrom, requestId);
            default -> "unknown change kind " + changeKind;
        };
        if (problem != null) {
            em.createNativeQuery("update applied_adjustment set outcome = ?1 where request_id = ?2")
                    .setParameter(1, "REJECTED: " + problem).setParameter(2, requestId).executeUpdate();
            traces.record(Actor.SYSTEM, ListEvents.ADJUSTMENT_REJECTED, code, new ListEvents.AdjustmentRejected(requestId, problem));
            return Outcome.REJECTED;
        }
        return Outcome.APPLIED;
    }

    private String addOrModify(String changeKind, ListItemContent content, OffsetDateTime validFrom, UUID requestId) {
        if (content == null) {
            return "no proposed item";
        }
        if (content.list() != null && java.util.Arrays.stream(ListKind.values()).noneMatch(k -> k.name().equals(content.list()))) {
            return "the proposed item names no list of Art. 1: " + content.list();
        }
        ListItem item = content.code() == null ? null : ListItem.findById(content.code());
        // The list decides some rules (fee and fund terms): a modified item stays in its list unless the proposal names one.
        ListKind list = content.list() != null ? ListKind.valueOf(content.list())
                : item != null && item.fields.list != null ? item.fields.list : ListKind.POWER;
        ListItemContent withList = content.withList(list.name());
        Set<ConstraintViolation<ListItemContent>> violations = validator.validate(withList);
        if (!violations.isEmpty()) {
            return "the proposed item is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; "));
        }
        if (Section.findById(withList.section()) == null) {
            return "no such section " + withList.section();
        }
        if ("ADD".equals(changeKind)) {
            if (item != null && !REPEALED.equals(item.fields.status)) {
                return "item " + withList.code() + " already exists";
            }
            if (item == null) {
                item = new ListItem();
                item.code = withList.code();
                item.loadedAt = validFrom;
                item.loadedBy = "adjustment";
            }
        } else if (item == null || REPEALED.equals(item.fields.status)) {
            return "item " + withList.code() + " is not in force";
        }
        String[] unconfirmed = loader.unconfirmedBody(withList); // Art. 17: a confirmed and published body only
        if (unconfirmed != null) {
            return unconfirmed[0] + "（" + unconfirmed[1] + "）";
        }
        traceAdjusted(versioning.change(item, ItemFields.of(list, withList, ItemVersioning.PUBLISHED), validFrom, requestId),
                changeKind, requestId);
        return null;
    }

    private String repeal(String code, OffsetDateTime validFrom, UUID requestId) {
        ListItem item = code == null ? null : ListItem.findById(code);
        if (item == null || REPEALED.equals(item.fields.status)) {
            return "item " + code + " is not in force";
        }
        ItemFields fields = item.fields.copy();
        fields.status = REPEALED;
        traceAdjusted(versioning.change(item, fields, validFrom, requestId), "REPEAL", requestId);
        return null;
    }

    private void traceAdjusted(ListItemVersion v, String changeKind, UUID requestId) {
        traces.record(Actor.SYSTEM, ListEvents.ITEM_ADJUSTED, v.code, ItemVersioning.eventData(v, changeKind, requestId));
    }
}
