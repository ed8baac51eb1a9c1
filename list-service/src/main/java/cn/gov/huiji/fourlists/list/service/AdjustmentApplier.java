package cn.gov.huiji.fourlists.list.service;

import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
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
    public static final String REPEALED = "REPEALED";

    public enum Outcome { APPLIED, DUPLICATE, REJECTED, IGNORED }

    private final EntityManager em;
    private final TraceRecorder traces;
    private final Validator validator;
    private final ObjectMapper json;

    public AdjustmentApplier(EntityManager em, TraceRecorder traces, Validator validator, ObjectMapper json) {
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
        Set<ConstraintViolation<ListItemContent>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            return "the proposed item is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; "));
        }
        if (Section.findById(content.section()) == null) {
            return "no such section " + content.section();
        }
        ListItem item = ListItem.findById(content.code());
        int version;
        if ("ADD".equals(changeKind)) {
            if (item != null && !REPEALED.equals(item.fields.status)) {
                return "item " + content.code() + " already exists";
            }
            if (item == null) {
                item = new ListItem();
                item.code = content.code();
                item.loadedAt = validFrom;
                item.loadedBy = "adjustment";
            }
            version = closeCurrent(content.code(), validFrom) + 1;
        } else {
            if (item == null || REPEALED.equals(item.fields.status)) {
                return "item " + content.code() + " is not in force";
            }
            version = closeCurrent(content.code(), validFrom) + 1;
        }
        item.fields.list = content.list() == null ? (item.fields.list == null ? ListKind.POWER : item.fields.list) : ListKind.valueOf(content.list());
        item.fields.name = content.name();
        item.fields.category = content.category();
        item.fields.section = content.section();
        item.fields.legalBasis = content.legalBasis();
        item.fields.status = ItemLoadService.PUBLISHED;
        item.persist();
        ListItemVersion.of(item, version, validFrom, requestId).persist();
        traceAdjusted(item, version, changeKind, requestId);
        return null;
    }

    private String repeal(String code, OffsetDateTime validFrom, UUID requestId) {
        ListItem item = code == null ? null : ListItem.findById(code);
        if (item == null || REPEALED.equals(item.fields.status)) {
            return "item " + code + " is not in force";
        }
        int version = closeCurrent(code, validFrom) + 1;
        item.fields.status = REPEALED;
        ListItemVersion.of(item, version, validFrom, requestId).persist();
        traceAdjusted(item, version, "REPEAL", requestId);
        return null;
    }

    /** Ends the current version's validity; returns its number (0 when there is none). */
    private int closeCurrent(String code, OffsetDateTime until) {
        ListItemVersion current = ListItemVersion.find("code = ?1 and validTo is null order by version desc", code).firstResult();
        if (current == null) {
            Integer max = ListItemVersion.find("select max(version) from ListItemVersion where code = ?1", code).project(Integer.class).firstResult();
            return max == null ? 0 : max;
        }
        current.validTo = until;
        return current.version;
    }

    private void traceAdjusted(ListItem item, int version, String changeKind, UUID requestId) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", item.code);
        d.put("version", version);
        d.put("changeKind", changeKind);
        d.put("requestId", requestId.toString());
        d.put("status", item.fields.status);
        d.put("list", item.fields.list.name());
        d.put("name", item.fields.name);
        d.put("section", item.fields.section);
        d.put("legalBasis", item.fields.legalBasis);
        traces.record(Actor.SYSTEM, "fourlists.list.item.adjusted", "item/" + item.code, d);
    }
}
