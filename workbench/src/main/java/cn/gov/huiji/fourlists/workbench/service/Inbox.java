package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One inbox from what the services say waits for the user (plain functions over their answers, so unit tests need no
 * server): adjustment steps from adjustment-service's tasks, open cases from complaint-service. Most urgent first:
 * overdue, then by due date, then those without a limit.
 */
public final class Inbox {

    /** adjustment-service's actions (Art. 25, 26), as staff name them. */
    static final Map<String, String> ACTIONS = Map.of("SUBMIT", "提交", "PASS_REVIEW", "审查通过", "RETURN", "退回",
            "APPROVE", "分管领导审批", "REPORT", "报区编办", "CONFIRM", "区编办确认", "SEND_BACK", "退回补正", "PUBLISH", "发布");
    static final Map<String, String> CASE_STATES = Map.of("RECEIVED", "待受理", "ACCEPTED", "待交办", "ASSIGNED", "待答复",
            "ANSWERED", "待办结");

    private Inbox() {
    }

    /** An adjustment action's name as staff say it. */
    public static String actionName(String action) {
        return ACTIONS.getOrDefault(action, action);
    }

    public static List<InboxItem> of(JsonNode tasks, JsonNode cases, LocalDate today) {
        return of(tasks, null, cases, today);
    }

    /** With the open obligations a law change put on the user's section (R-LIST-10). */
    public static List<InboxItem> of(JsonNode tasks, JsonNode obligations, JsonNode cases, LocalDate today) {
        List<InboxItem> items = new ArrayList<>();
        if (tasks != null) {
            for (JsonNode task : tasks) {
                JsonNode r = task.path("request");
                List<String> actions = new ArrayList<>();
                task.path("actions").forEach(a -> {
                    String action = a.asText().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
                    actions.add(ACTIONS.getOrDefault(action, a.asText()));
                });
                items.add(new InboxItem("调整申请", text(r, "summary", "调整申请 " + r.path("id").asText()),
                        String.join("、", actions), date(r.path("dueDate")), task.path("overdue").asBoolean(false),
                        "/requests/" + r.path("id").asText(), InboxItem.workingDays(task.get("workingDaysLeft")),
                        r.hasNonNull("dueDate") ? text(task, "calendarVersion", null) : null));
            }
        }
        if (obligations != null) {
            for (JsonNode o : obligations) {
                if (!"OPEN".equals(o.path("state").asText())) {
                    continue;
                }
                String code = o.path("itemCode").asText();
                items.add(new InboxItem("调整义务", "法律法规变更：事项 " + code, "提出调整申请", date(o.path("dueDate")),
                        o.path("overdue").asBoolean(false), "/requests/new?obligation=" + o.path("id").asText() + "&item=" + code + "&change=MODIFY",
                        InboxItem.workingDays(o.get("workingDaysLeft")), text(o, "calendarVersion", null)));
            }
        }
        if (cases != null) {
            for (JsonNode c : cases.path("items")) {
                String state = c.path("state").asText();
                if (!CASE_STATES.containsKey(state)) {
                    continue;
                }
                boolean accepting = state.equals("RECEIVED");
                LocalDate due = date(accepting ? c.path("acceptDue") : c.path("answerDue"));
                // acceptance counts working days (Art. 9), the answer calendar days (R-CMP-4)
                String left = due == null || accepting ? null : InboxItem.calendarDays(due, today);
                items.add(new InboxItem("投诉举报", c.path("caseNo").asText() + " " + text(c, "kindName", ""), CASE_STATES.get(state),
                        due, due != null && due.isBefore(today), "/cases/" + c.path("caseNo").asText(), left,
                        accepting ? text(c, "acceptDueCalendarVersion", null) : null));
            }
        }
        items.sort(Comparator.comparing((InboxItem i) -> !i.overdue())
                .thenComparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    private static String text(JsonNode node, String field, String otherwise) {
        return node.hasNonNull(field) && !node.get(field).asText().isBlank() ? node.get(field).asText() : otherwise;
    }

    private static LocalDate date(JsonNode node) {
        return node == null || !node.isTextual() ? null : LocalDate.parse(node.asText().substring(0, 10));
    }
}
