package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adjustment obligations (调整义务) as people read them: when a cited law is amended or repealed, the section of each
 * item citing it owes an adjustment request within 3 working days (Art. 26(1), R-LIST-10). adjustment-service counts
 * the due date; this only names the state, the section and the item, and says where the section drafts its request.
 */
public final class Obligations {

    static final Map<String, String> STATES = Map.of("OPEN", "待提出调整申请", "FULFILLED", "已提出调整申请");

    private Obligations() {
    }

    /**
     * One obligation.
     *
     * @param law            the changed law as adjustment-service matched it (安全生产法), empty when it did not say
     * @param amendedVersion the version the change amends or repeals, empty when the change named none or the entry omits it
     * @param dueFrom        the day the 3 working days run from (起算日, YYYY-MM-DD): the law's effective date, or the
     *                       registration when that is later; empty for an obligation opened before the service kept it
     * @param dueDate        the last day to apply (YYYY-MM-DD)
     * @param provisional    counted on weekdays only, the year's holiday notice not yet loaded (暂按工作日计算)
     * @param draftLink      where the section drafts the request answering it (open obligations only)
     * @param requestLink    the request that answered it (fulfilled ones)
     */
    public record Row(String id, String itemCode, String itemName, String section, String sectionName, String law,
                      String amendedVersion, String dueFrom, String dueDate, boolean provisional, String state, String stateName,
                      boolean overdue, String draftLink, String requestLink) {

        /** The law as the page names it: 《安全生产法》（2014年8月31日修正）, or just 《安全生产法》 for every version. */
        public String lawCited() {
            if (law.isEmpty()) {
                return "";
            }
            return "《" + law + "》" + (amendedVersion.isEmpty() ? "" : "（" + amendedVersion + "）");
        }
    }

    /** One section's part of a registered change: how many of its items, and by when it must apply. */
    public record SectionDuty(String section, String sectionName, int items, String dueDate, boolean provisional) {
    }

    /** The obligations in the service's order; names fall back to codes when list-service did not give them. */
    public static List<Row> rows(JsonNode obligations, Map<String, String> sectionNames, Map<String, String> itemNames) {
        List<Row> rows = new ArrayList<>();
        if (obligations == null) {
            return rows;
        }
        for (JsonNode o : obligations) {
            String id = o.path("id").asText();
            String code = o.path("itemCode").asText();
            String section = o.path("section").asText();
            String state = o.path("state").asText();
            boolean open = "OPEN".equals(state);
            String requestId = o.hasNonNull("requestId") ? o.path("requestId").asText() : null;
            rows.add(new Row(id, code, itemNames.getOrDefault(code, ""), section, sectionNames.getOrDefault(section, section),
                    o.path("law").asText(""), o.path("amendedVersion").asText(""), o.path("dueFrom").asText(""),
                    o.path("dueDate").asText(""), "provisional".equals(o.path("calendarVersion").asText()), state,
                    STATES.getOrDefault(state, state), o.path("overdue").asBoolean(false),
                    open ? draftLink(id, code) : null, requestId == null ? null : "/requests/" + encode(requestId)));
        }
        return rows;
    }

    /** Each section's obligation, in the order the sections first appear (the service orders by item code). */
    public static List<SectionDuty> bySection(List<Row> rows) {
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(r.section(), s -> new ArrayList<>()).add(r));
        List<SectionDuty> duties = new ArrayList<>();
        grouped.forEach((section, own) -> {
            String due = own.stream().map(Row::dueDate).min(String::compareTo).orElse("");
            duties.add(new SectionDuty(section, own.get(0).sectionName(), own.size(), due,
                    own.stream().anyMatch(Row::provisional)));
        });
        return duties;
    }

    /** The drafting form of an adjustment request, filled in for this obligation's item. */
    public static String draftLink(String obligationId, String itemCode) {
        return "/requests/new?obligation=" + encode(obligationId) + "&item=" + encode(itemCode) + "&change=MODIFY";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
