package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which trace event asks whom to act, in one table: a step arriving (Art. 26's five stages), a request returned to
 * its drafter, an obligation opened by a law change (R-LIST-10), a case received or assigned (Art. 30), a warning a
 * working day before a due date, an overdue flag (Art. 29, 31), an officer's certificate about to end or ended
 * (Art. 19, R-LIST-9), a licensing or penalty decision not yet public a working day before its 7-working-day limit
 * and after it (双公示, Art. 8, R-LIST-11). Events that ask nothing of anyone notify no one.
 */
public final class NotificationRules {

    static final String ADJ = "fourlists.adjustment.";
    static final String CASE = "fourlists.complaint.case.";
    static final String OFFICER = "fourlists.list.officer.";
    static final String DISCLOSURE = "fourlists.disclosure.";

    /** Who acts on a request in each state of AdjustmentWorkflow: the applying section or the role of the stage. */
    static final Map<String, String> REQUEST_ACTOR = Map.of("SUBMITTED", "legal", "STUDY", "leader", "APPROVED", "legal",
            "REPORTED", "district-office", "CONFIRMED", "legal");

    private NotificationRules() {
    }

    /**
     * The notices an event gives.
     *
     * @param drafterOf the user who drafted a request, by request id, as the workbench saw its drafted event
     */
    public static List<Notice> of(JsonNode event, Function<String, Optional<String>> drafterOf) {
        String type = event.path("type").asText("");
        JsonNode d = event.path("data");
        if (type.startsWith(ADJ)) {
            return adjustment(type.substring(ADJ.length()), d, drafterOf);
        }
        if (type.startsWith(CASE)) {
            return complaint(type.substring(CASE.length()), d);
        }
        if (type.startsWith(OFFICER)) {
            return certificate(type.substring(OFFICER.length()), d);
        }
        if (type.startsWith(DISCLOSURE)) {
            return disclosure(type.substring(DISCLOSURE.length()), d);
        }
        return List.of();
    }

    /** The drafter an adjustment's drafted event names (its actor), or empty. */
    public static Optional<String[]> drafted(JsonNode event) {
        if (!(ADJ + "request.drafted").equals(event.path("type").asText())) {
            return Optional.empty();
        }
        return Optional.of(new String[]{event.path("data").path("requestId").asText(), event.path("actorid").asText()});
    }

    private static List<Notice> adjustment(String what, JsonNode d, Function<String, Optional<String>> drafterOf) {
        String id = d.path("requestId").asText();
        String request = "/requests/" + id;
        String item = d.hasNonNull("targetItemCode") ? "（事项 " + d.path("targetItemCode").asText() + "）" : "";
        LocalDate due = date(d.path("dueDate"));
        Recipient drafter = drafterOf.apply(id).map(Recipient::user).orElse(Recipient.section(d.path("section").asText()));
        return switch (what) {
            case "request.submitted" -> List.of(new Notice(Recipient.role("legal"), "调整申请待审核" + item,
                    "科室已提交调整申请，请在期限内审核（第二十六条第二项）。" + by(due, d), request, due));
            case "request.review-passed" -> List.of(new Notice(Recipient.role("leader"), "调整申请待局领导研究" + item,
                    "法制科审核通过，请局领导研究决定（第二十六条第三项）。", request, null));
            case "request.returned", "request.sent-back" -> List.of(new Notice(drafter, "您的调整申请被退回" + item,
                    ("request.sent-back".equals(what) ? "区编办" : "审核人") + "退回了申请并写明了理由，请修改后重新提交。" + by(due, d),
                    request, due));
            case "request.approved" -> List.of(new Notice(Recipient.role("legal"), "调整申请待上报区编办" + item,
                    "局领导已研究通过，请上报区政务服务改革管理办公室（第二十六条第四项）。", request, null));
            case "request.reported" -> List.of(new Notice(Recipient.role("district-office"), "调整申请待确认" + item,
                    "惠济区安全生产监督管理局报送了清单调整，请确认或退回。", request, null));
            case "request.confirmed" -> List.of(new Notice(Recipient.role("legal"), "调整申请待检查公布" + item,
                    "区编办已确认，请检查后公布（第二十六条第五项）。", request, null));
            case "request.published" -> List.of(new Notice(drafter, "调整已公布" + item, "清单已按您的申请更新并公布。", request, null));
            case "deadline.warned", "deadline.missed", "request.due-recomputed" -> {
                Recipient actor = Optional.ofNullable(REQUEST_ACTOR.get(d.path("state").asText())).map(Recipient::role)
                        .orElse(Recipient.section(d.path("section").asText()));
                String title = switch (what) {
                    case "deadline.warned" -> "调整申请明日到期";
                    case "deadline.missed" -> "调整申请已逾期";
                    default -> "调整申请期限已重算";
                };
                yield List.of(new Notice(actor, title, what.equals("request.due-recomputed")
                        ? "节假日通知公布后，期限按新的工作日历重新计算。" + by(due, d) : "请尽快办理。" + by(due, d), request, due));
            }
            case "obligation.opened", "obligation.missed", "obligation.due-recomputed" -> {
                String code = d.path("itemCode").asText();
                String section = d.path("section").asText();
                String link = "/requests/new?obligation=" + d.path("obligationId").asText() + "&item=" + code + "&change=MODIFY";
                yield switch (what) {
                    case "obligation.opened" -> List.of(new Notice(Recipient.section(section), "法律法规变更：事项 " + code + " 须提出调整申请",
                            "《" + d.path("law").asText() + "》已修改或废止，本科室须在三个工作日内提出调整申请（第二十五条）。" + by(due, d), link, due));
                    case "obligation.missed" -> List.of(
                            new Notice(Recipient.section(section), "调整义务已逾期：事项 " + code, "未在期限内提出调整申请。" + by(due, d), link, due),
                            new Notice(Recipient.role("legal"), "科室调整义务逾期：事项 " + code, section + " 未在期限内提出调整申请。" + by(due, d), "/law-changes", due));
                    default -> List.of(new Notice(Recipient.section(section), "调整义务期限已重算：事项 " + code,
                            "节假日通知公布后，期限按新的工作日历重新计算。" + by(due, d), link, due));
                };
            }
            default -> List.of();
        };
    }

    private static List<Notice> complaint(String what, JsonNode d) {
        String no = d.path("caseNo").asText();
        String link = "/cases/" + no;
        LocalDate due = date(d.path("due"));
        Recipient handlers = Recipient.role("complaint-handler");
        // a case assigned to a section waits for that section; otherwise for the handlers (Art. 30)
        Recipient waiting = d.hasNonNull("section") && !d.path("section").asText().isBlank()
                && "ASSIGNED".equals(d.path("state").asText())
                ? Recipient.section(d.path("section").asText()) : handlers;
        return switch (what) {
            case "received" -> List.of(new Notice(handlers, "新的投诉举报 " + no, "请在期限内决定是否受理。" + by(due, d), link, due));
            case "assigned" -> List.of(new Notice(Recipient.section(d.path("section").asText()), "投诉举报已交办贵科室 " + no,
                    "请在期限内办理并答复。" + by(due, d), link, due));
            case "extended" -> List.of(new Notice(waiting, "投诉举报已延期 " + no, "办理期限已延长。" + by(due, d), link, due));
            case "answered" -> List.of(new Notice(handlers, "投诉举报已答复 " + no, "科室已答复，请审核后办结。", link, null));
            case "reopened" -> List.of(new Notice(handlers, "投诉举报重新办理 " + no, "举报人对答复不满意，案件重新办理。" + by(due, d), link, due));
            case "feedback-given" -> List.of(new Notice(handlers, "收到满意度评价 " + no,
                    d.path("satisfied").asBoolean(true) ? "举报人对答复表示满意。" : "举报人对答复不满意。", link, null));
            case "deadline-warned" -> List.of(new Notice(waiting, "投诉举报明日到期 " + no, "请尽快办理。" + by(due, d), link, due));
            case "deadline-missed" -> List.of(new Notice(waiting, "投诉举报已逾期 " + no, "请尽快办理。" + by(due, d), link, due));
            case "due-recomputed" -> List.of(new Notice(waiting, "投诉举报期限已重算 " + no,
                    "节假日通知公布后，期限按新的工作日历重新计算。" + by(due, d), link, due));
            default -> List.of();
        };
    }

    /**
     * Art. 19: without a valid certificate no one may enforce. The legal section keeps the register, so it hears 30
     * and 7 days before a certificate ends (to renew it) and when it has ended; the link finds the officer.
     */
    private static List<Notice> certificate(String what, JsonNode d) {
        String no = d.path("certificateNo").asText();
        String who = no + (d.path("name").asText("").isBlank() ? "" : "（" + d.path("name").asText() + "）");
        String certificate = "执法证 " + who + (who.equals(no) ? " " : ""); // 执法证 41010816001（张明）将于 …
        String link = "/officers?q=" + java.net.URLEncoder.encode(no, java.nio.charset.StandardCharsets.UTF_8);
        LocalDate validTo = date(d.path("validTo"));
        return switch (what) {
            case "expiry-warned" -> List.of(new Notice(Recipient.role("legal"),
                    "执法证还剩 " + d.path("daysLeft").asInt() + " 天到期：" + who,
                    certificate + "将于 " + validTo + " 到期，还剩 " + d.path("daysLeft").asInt()
                            + " 天。请及时办理换证；到期后不得从事执法活动（第十九条）。", link, validTo));
            case "certificate-lapsed" -> List.of(new Notice(Recipient.role("legal"), "执法证已过期：" + who,
                    certificate + "已于 " + validTo + " 到期，已过期，不得从事执法活动（第十九条）。请换发或注销。", link, null));
            default -> List.of();
        };
    }

    /**
     * Art. 8 (双公示): a decision is public within 7 working days of its decision date. Only the legal section publishes
     * (after checking it holds no secret and no privacy), so it hears a working day before the limit and when the limit
     * has passed; the link opens the decision with its 公示 button. Every other disclosure event asks nothing of anyone.
     */
    private static List<Notice> disclosure(String what, JsonNode d) {
        String decision = ("PENALTY".equals(d.path("kind").asText()) ? "行政处罚决定 " : "行政许可决定 ") + d.path("documentNo").asText();
        String party = d.path("partyName").asText("").isBlank() ? "" : "（行政相对人：" + d.path("partyName").asText() + "）";
        String link = "/decisions/" + d.path("id").asText();
        LocalDate due = date(d.path("dueDate"));
        return switch (what) {
            case "deadline.warned" -> List.of(new Notice(Recipient.role("legal"), decision + " 明日到期未公示",
                    decision + party + "尚未公示。请核查其中没有国家秘密、商业秘密和个人隐私后公示；决定须在作出之日起七个工作日内公示（第八条）。"
                            + by(due, d), link, due));
            case "deadline.missed" -> List.of(new Notice(Recipient.role("legal"), decision + " 已逾期未公示",
                    decision + party + "未在作出之日起七个工作日内公示，已逾期，请尽快核查后公示（第八条）。" + by(due, d), link, due));
            default -> List.of();
        };
    }

    private static String by(LocalDate due, JsonNode d) {
        if (due == null) {
            return "";
        }
        String calendar = d.path("calendarVersion").asText("");
        return "办理期限：" + due + (calendar.isEmpty() ? "" : "（工作日历 " + calendar + "）") + "。";
    }

    private static LocalDate date(JsonNode n) {
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }
}
