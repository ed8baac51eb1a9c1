package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.trace.TraceEvent;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Well-formed item content (R-LIST-2) for tests, as the legal section or an adjustment would send it. */
final class Items {

    /** The demo bureau's 统一社会信用代码 (made up, GB 32100-valid). */
    static final String BUREAU = "114101080051883705";
    static final String BUREAU_NAME = "惠济区安全生产监督管理局";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 4000) + 1000);

    private Items() {
    }

    /** A fresh code in Henan's layout, e.g. 410108-AJ-CF-1234. */
    static String code(String kind) {
        return "410108-AJ-" + kind + "-" + NEXT.incrementAndGet();
    }

    static Map<String, Object> citation(String level, String title, String version, String article) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("level", level);
        c.put("title", title);
        c.put("version", version);
        c.put("article", article);
        return c;
    }

    static Map<String, Object> power(String code, String name, String category, String section, List<Map<String, Object>> basis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("list", "POWER");
        m.put("name", name);
        m.put("category", category);
        m.put("implementingBody", Map.of("name", BUREAU_NAME, "creditCode", BUREAU));
        m.put("section", section);
        m.put("exerciseLevel", "区级");
        m.put("legalBasis", basis);
        m.put("processFlow", List.of(Map.of("step", "立案", "role", "承办人", "timeLimitDays", 5),
                Map.of("step", "调查取证", "role", "执法人员", "timeLimitDays", 30),
                Map.of("step", "决定", "role", "局长", "timeLimitDays", 10)));
        m.put("statutoryLimitDays", 60);
        m.put("promisedLimitDays", 50);
        m.put("duties", List.of(Map.of("stage", "立案责任", "content", "发现危险化学品经营单位违法行为，予以审查，决定是否立案。"),
                Map.of("stage", "调查责任", "content", "对立案的案件，指定专人负责，及时组织调查取证。")));
        m.put("accountability", List.of(Map.of("situation", "没有法律和事实依据实施行政处罚的", "basis", "《中华人民共和国行政处罚法》第五十五条")));
        m.put("supervisionPhone", "0371-63636363");
        return m;
    }

    /** A penalty item of the enforcement brigade citing the Work Safety Law. */
    static Map<String, Object> penalty(String code, String name, String section) {
        return power(code, name, "行政处罚", section,
                List.of(citation("LAW", "中华人民共和国安全生产法", "2014年8月31日修正", "第九十四条")));
    }

    /** The event adjustment-service emits when the legal section publishes an adjustment (检查公布, Art. 26(5)). */
    static TraceEvent published(UUID requestId, String changeKind, String code, Map<String, Object> proposed, OffsetDateTime at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", requestId.toString());
        data.put("action", "PUBLISH");
        data.put("changeKind", changeKind);
        data.put("targetItemCode", code);
        data.put("proposedItem", proposed);
        String dataJson = TraceEventCodec.toJson(data);
        return new TraceEvent("1.0", UUID.randomUUID().toString(), "fourlists/adjustment-service",
                AdjustmentEvents.REQUEST_PUBLISHED.name(), AdjustmentEvents.REQUEST_PUBLISHED.subject(requestId), at, "application/json",
                1, "legal", "legal", "legal", TraceEventCodec.digest(dataJson), TraceEventCodec.parseTree(dataJson));
    }

    /**
     * Art. 17 (R-LIST-8): an item may name as its implementing body only a confirmed and published body, and every
     * item of these fixtures names the bureau: the register holds it published before any item is loaded or adjusted.
     * Through the register's service (what the resource calls), so that it works in any setup whatever identity the
     * test runs as; idempotent.
     */
    static void ensureBureauPublished() {
        var register = io.quarkus.arc.Arc.container().instance(cn.gov.huiji.fourlists.list.enforcement.service.BodyRegister.class).get();
        var service = io.quarkus.arc.Arc.container().instance(cn.gov.huiji.fourlists.list.enforcement.service.BodyService.class).get();
        var bureau = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> register.find(BUREAU).orElse(null));
        if (bureau == null) {
            service.register(new cn.gov.huiji.fourlists.list.enforcement.service.BodyService.BodyData(BUREAU, BUREAU_NAME,
                    cn.gov.huiji.fourlists.list.enforcement.domain.BodyKind.STATUTORY, "安全生产监管执法",
                    "《中华人民共和国安全生产法》（2014年8月31日修正）第九条", "惠编〔2016〕12号",
                    java.time.LocalDate.parse("2016-06-30")), "legal");
        }
        if (bureau == null || !bureau.published()) {
            service.publish(BUREAU, "legal");
        }
    }

    /** The section exists, and the bureau its items name is a published body ({@link #ensureBureauPublished}). */
    static void ensureSection(String code, String name) {
        ensureBureauPublished();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            if (cn.gov.huiji.fourlists.list.domain.Section.findById(code) == null) {
                cn.gov.huiji.fourlists.list.domain.Section s = new cn.gov.huiji.fourlists.list.domain.Section();
                s.code = code;
                s.name = name;
                s.persist();
            }
        });
    }
}
