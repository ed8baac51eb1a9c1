package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.list.domain.ItemFields;
import cn.gov.huiji.fourlists.list.domain.ListItem;
import cn.gov.huiji.fourlists.list.domain.ListItemVersion;
import cn.gov.huiji.fourlists.list.domain.ListKind;
import cn.gov.huiji.fourlists.list.domain.Section;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies published adjustments to the lists (R-LIST-4, Art. 6, 26(5)): the only way a published item changes.
 * Each adjustment becomes a new immutable version, once, however often its event arrives.
 */
@ApplicationScoped
public class AdjustmentApplier {

    /** The event adjustment-service emits when the legal section publishes (检查公布). */
    public static final String PUBLISHED = "fourlists.adjustment.request.publish";
    public static final String REPEALED = ItemVersioning.REPEALED;

    public enum Outcome { APPLIED, DUPLICATE, REJECTED, IGNORED }

    private final EntityManager em;
    private final TraceRecorder traces;
    private final Validator validator;
    private final ObjectMapper json;
    private final ItemVersioning versioning;

    public AdjustmentApplier(EntityManager em, TraceRecorder traces, Validator validator, ObjectMapper json,
                             ItemVersioning versioning) {
        this.versioning = versioning;
        this.em = em;
        this.traces = traces;
        this.validator = validator;
        this.json = json;
    }

    @Transactional
    public Outcome apply(TraceEvent event) {
        if (!PUBLISHED.equals(event.type())) {
            return Outcome.IGNORED;
        }
        JsonNode data = event.data();
        UUID requestId = UUID.fromString(data.path("requestId").asText());
        int first = em.createNativeQuery("""
                        insert into applied_adjustment (request_id, event_id, applied_at, outcome)
                        values (?1, ?2, ?3, 'APPLIED') on conflict do nothing""")
                .setParameter(1, requestId).setParameter(2, UUID.fromString(event.id()))
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        if (first == 0) {
            return Outcome.DUPLICATE; // a redelivered publication changes nothing
        }
        String changeKind = data.path("changeKind").asText();
        String code = data.path("targetItemCode").asText(null);
        OffsetDateTime validFrom = event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC);
        String problem = switch (changeKind) {
            case "ADD", "MODIFY" -> addOrModify(changeKind, data.get("proposedItem"), validFrom, requestId);
            case "REPEAL" -> repeal(code, validFrom, requestId);
            default -> "unknown change kind " + changeKind;
        };
        if (problem != null) {
            em.createNativeQuery("update applied_adjustment set outcome = ?1 where request_id = ?2")
                    .setParameter(1, "REJECTED: " + problem).setParameter(2, requestId).executeUpdate();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("requestId", requestId.toString());
            d.put("reason", problem);
            traces.record(Actor.SYSTEM, "fourlists.list.adjustment.rejected", "item/" + code, d);
            return Outcome.REJECTED;
        }
        return Outcome.APPLIED;
    }

    private String addOrModify(String changeKind, JsonNode proposed, OffsetDateTime validFrom, UUID requestId) {
        if (proposed == null || proposed.isNull()) {
            return "no proposed item";
        }
        ListItemContent content;
        try {
            content = json.treeToValue(proposed, ListItemContent.class);
        } catch (Exception e) {
            return "the proposed item is unreadable";
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
        Map<String, Object> d = ItemVersioning.eventData(v);
        d.put("changeKind", changeKind);
        d.put("requestId", requestId.toString());
        traces.record(Actor.SYSTEM, "fourlists.list.item.adjusted", "item/" + v.code, d);
    }
}
