package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.complaint.domain.CaseAction;
import cn.gov.huiji.fourlists.complaint.domain.CaseIdentity;
import cn.gov.huiji.fourlists.complaint.domain.NotAcceptedReason;
import cn.gov.huiji.fourlists.complaint.service.CaseActions;
import cn.gov.huiji.fourlists.complaint.service.CaseDeadlines;
import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.kernel.events.EventType;
import cn.gov.huiji.fourlists.kernel.outbox.OutboxEntry;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import cn.gov.huiji.fourlists.kernel.trace.TraceEventCodec;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-CMP-2..5: a case from intake to closing, the identity kept secret, the public following with a code. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CaseLifecycleTest {

    static final Actor HANDLER = new Actor("handler", List.of("complaint-handler"), "office");
    static final Actor HAZCHEM_HEAD = new Actor("head", List.of("section-head"), "hazchem");
    static final String NAME = "张三丰";
    static final String PHONE = "13912345678";
    static final String ID_NUMBER = "41010819800101123X";

    @Inject
    CaseActions cases;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    cn.gov.huiji.fourlists.complaint.service.IdentityVault vault;

    static List<String> names(EventType<?>... types) {
        return java.util.Arrays.stream(types).map(EventType::name).toList();
    }

    static Map<String, Object> anonymousComplaint(String content) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "COMPLAINT");
        m.put("subjectKind", "ITEM");
        m.put("subjectRef", "410108-AJ-XK-002");
        m.put("content", content);
        m.put("anonymous", true);
        return m;
    }

    static Map<String, String> submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("caseNo", matchesPattern("(TS|JB|JY)-2026-\\d{6}"))
                .body("queryCode", matchesPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"))
                .extract().jsonPath().getMap("$");
    }

    static String track(String caseNo, String code) {
        return given().get("/api/v1/cases/" + caseNo + "?code=" + code).then().statusCode(200).extract().path("state");
    }

    @Test
    @TestSecurity(user = "discipline", roles = "discipline")
    void theStatisticsCountOneMonthWhenAsked() {
        submit(anonymousComplaint("统计月份测试 " + System.nanoTime()));
        given().queryParam("month", "2026-11").get("/api/v1/cases/stats").then().statusCode(200)
                .body("bySection.size()", org.hamcrest.Matchers.greaterThan(0));
        given().queryParam("month", "2020-01").get("/api/v1/cases/stats").then().statusCode(200)
                .body("bySection.size()", equalTo(0));
        given().queryParam("month", "2026-13").get("/api/v1/cases/stats").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theChoicesNameEveryStateAndEveryReasonToOpenAnIdentityInChinese() {
        // the workbench shows these names; complaint-service is their one source
        given().get("/api/v1/case-kinds").then().statusCode(200)
                .body("states.code", org.hamcrest.Matchers.contains("RECEIVED", "ACCEPTED", "NOT_ACCEPTED", "ASSIGNED", "ANSWERED", "CLOSED"))
                .body("states.find { it.code == 'ASSIGNED' }.name", equalTo("办理中"))
                .body("disclosureReasons.find { it.code == 'CONTACT_SUBMITTER' }.name", equalTo("联系举报人"));
    }

    @Test
    void anAnonymousComplaintGoesThroughTheWholeProcedureAndIsReopenedOnce() {
        String content = "烟花爆竹零售点许可证办理超过承诺时限仍未答复 " + System.nanoTime();
        Map<String, String> receipt = submit(anonymousComplaint(content));
        String no = receipt.get("caseNo"), code = receipt.get("queryCode");
        assertEquals("RECEIVED", track(no, code));
        given().get("/api/v1/cases/" + no + "?code=" + code).then()
                .body("acceptDue", equalTo("2026-11-27")) // Art. 9: 5 working days from Friday 2026-11-20
                .body("content", nullValue()).body("section", nullValue());

        cases.act(no, CaseAction.ACCEPT, new CaseActions.ActionInput(null, null, null, null, null), HANDLER);
        cases.act(no, CaseAction.ASSIGN, new CaseActions.ActionInput(null, null, "hazchem", null, null), HANDLER);
        cases.act(no, CaseAction.EXTEND, new CaseActions.ActionInput(null, "需现场核查", null, null, 20), HANDLER);
        ProblemAssert.status(409, () -> cases.act(no, CaseAction.EXTEND, new CaseActions.ActionInput(null, "再延", null, null, 5), HANDLER));
        cases.act(no, CaseAction.ANSWER, new CaseActions.ActionInput(null, null, null, "经核查，已督促承办科室于3个工作日内办结。", null), HAZCHEM_HEAD);
        given().get("/api/v1/cases/" + no + "?code=" + code).then().body("state", equalTo("ANSWERED"))
                .body("answerDue", equalTo("2027-02-08")) // 60 days after acceptance plus 20 days' extension
                // R-CMP-4: one extension "with notice": the submitter reads the days and the reason
                .body("extendedDays", equalTo(20)).body("extensionReason", equalTo("需现场核查"))
                .body("publicAnswer", containsString("督促")).body("feedbackOpen", equalTo(true));
        cases.act(no, CaseAction.CLOSE, new CaseActions.ActionInput(null, null, null, null, null), HANDLER);
        ProblemAssert.status(409, () -> cases.act(no, CaseAction.REOPEN, new CaseActions.ActionInput(null, null, null, null, null), HANDLER));

        given().contentType(ContentType.JSON).body(Map.of("code", code, "satisfied", false, "text", "仍未办结"))
                .post("/api/v1/cases/" + no + "/feedback").then().statusCode(200).body("feedbackSatisfied", equalTo(false));
        cases.act(no, CaseAction.REOPEN, new CaseActions.ActionInput(null, null, null, null, null), HANDLER);
        assertEquals("ASSIGNED", track(no, code));
        cases.act(no, CaseAction.ANSWER, new CaseActions.ActionInput(null, null, null, "许可证已于11月25日核发。", null), HANDLER);
        cases.act(no, CaseAction.CLOSE, new CaseActions.ActionInput(null, null, null, null, null), HANDLER);
        given().contentType(ContentType.JSON).body(Map.of("code", code, "satisfied", false))
                .post("/api/v1/cases/" + no + "/feedback").then().statusCode(200);
        ProblemAssert.status(409, () -> cases.act(no, CaseAction.REOPEN, new CaseActions.ActionInput(null, null, null, null, null), HANDLER));

        List<OutboxEntry> traces = OutboxProbe.entriesFor("case/" + no);
        assertEquals(names(ComplaintEvents.CASE_RECEIVED, ComplaintEvents.CASE_ACCEPTED, ComplaintEvents.CASE_ASSIGNED,
                        ComplaintEvents.CASE_EXTENDED, ComplaintEvents.CASE_ANSWERED, ComplaintEvents.CASE_CLOSED,
                        ComplaintEvents.CASE_FEEDBACK_GIVEN, ComplaintEvents.CASE_REOPENED, ComplaintEvents.CASE_ANSWERED,
                        ComplaintEvents.CASE_CLOSED, ComplaintEvents.CASE_FEEDBACK_GIVEN),
                traces.stream().map(t -> t.type).toList(), "every step leaves one trace");
        assertEquals("anonymous", traces.get(0).actorId, "an online submission is traced as the anonymous public");
        for (OutboxEntry t : traces) {
            assertFalse(t.data.contains("烟花爆竹零售点") || t.data.contains("督促") || t.data.contains("仍未办结"),
                    "a trace carries no content, answer or feedback text: " + t.data);
            assertTrue(t.data.contains(no), "a trace names the case number");
        }
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void aNamedReportKeepsTheIdentityEncryptedApartAndRevealsItOnlyWithATracedReason() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "REPORT");
        body.put("subjectKind", "OTHER");
        body.put("content", "某加油站夜间违规卸油，无人监护 " + System.nanoTime());
        body.put("anonymous", false);
        body.put("identity", Map.of("name", NAME, "phone", PHONE, "idNumber", ID_NUMBER, "address", "郑州市惠济区某路1号"));
        String no = given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201)
                .body("caseNo", matchesPattern("JB-2026-\\d{6}")).extract().path("caseNo");

        CaseIdentity row = QuarkusTransaction.requiringNew().call(() -> CaseIdentity.<CaseIdentity>find(
                "caseId = (select id from ComplaintCase where caseNo = ?1)", no).firstResult());
        assertNotNull(row, "the identity is stored apart from the case");
        String stored = new String(row.ciphertext, StandardCharsets.ISO_8859_1) + new String(row.ciphertext, StandardCharsets.UTF_8);
        assertFalse(stored.contains(PHONE) || stored.contains(ID_NUMBER) || stored.contains(NAME), "the identity is encrypted at rest");
        assertEquals("local-dev-2026", row.keyId, "the key id is kept for rotation");

        // Art. 30: the content often identifies the citizen, so it is sealed at rest too.
        Object[] sealedRow = QuarkusTransaction.requiringNew().call(() -> (Object[]) ComplaintCase.getEntityManager().createNativeQuery(
                "select content, content_sealed from complaint_case where case_no = ?1").setParameter(1, no).getSingleResult());
        assertEquals(null, sealedRow[0], "no plain content is stored");
        assertFalse(new String((byte[]) sealedRow[1], StandardCharsets.UTF_8).contains("卸油"), "the content is encrypted at rest");

        given().get("/api/v1/cases/" + no + "/record").then().statusCode(200)
                .body("anonymous", equalTo(false)).body("identity", nullValue()).body("content", containsString("卸油"));
        OutboxEntry read = OutboxProbe.entriesFor("case/" + no).get(OutboxProbe.entriesFor("case/" + no).size() - 1);
        assertEquals(ComplaintEvents.CASE_CONTENT_OPENED.name(), read.type, "reading a case's content leaves a trace");
        assertEquals("handler", read.actorId, "the reading names who");
        given().contentType(ContentType.JSON).body(Map.of("reasonCode", "CONTACT_SUBMITTER", "reason", "需电话回访核实举报线索"))
                .post("/api/v1/cases/" + no + "/identity-reveal")
                .then().statusCode(200).body("name", equalTo(NAME)).body("phone", equalTo(PHONE)).body("idNumber", equalTo(ID_NUMBER));
        List<OutboxEntry> traces = OutboxProbe.entriesFor("case/" + no);
        OutboxEntry reveal = traces.get(traces.size() - 1);
        assertEquals(ComplaintEvents.CASE_IDENTITY_REVEALED.name(), reveal.type);
        assertEquals("handler", reveal.actorId, "the reveal names who");
        assertTrue(reveal.data.contains("\"reason\":\"CONTACT_SUBMITTER\""), "the reveal says why, as a code: " + reveal.data);
        assertTrue(reveal.data.contains(TraceEventCodec.digest("需电话回访核实举报线索")),
                "the reveal carries the digest of the reason kept by complaint-service: " + reveal.data);
        assertFalse(reveal.data.contains("需电话回访核实举报线索"), "the free-text reason never enters the trace: " + reveal.data);
        for (OutboxEntry t : traces) {
            assertFalse(t.data.contains(NAME) || t.data.contains(PHONE) || t.data.contains(ID_NUMBER) || t.data.contains("卸油"),
                    "no trace shows the identity or the content: " + t.data);
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).post("/api/v1/cases/" + no + "/identity-reveal")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void anAttachmentIsStoredEncryptedAndOpenedOnlyWithATracedReason() {
        byte[] pdf = ("%PDF-1.4\n% 现场照片说明 " + System.nanoTime() + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> body = anonymousComplaint("附件留存测试 " + System.nanoTime());
        body.put("attachments", List.of(Map.of("fileName", "说明.pdf", "contentBase64", java.util.Base64.getEncoder().encodeToString(pdf))));
        String no = submit(body).get("caseNo");
        String id = given().get("/api/v1/cases/" + no + "/record").then().statusCode(200)
                .body("attachments[0].mediaType", equalTo("application/pdf")).extract().path("attachments[0].id");
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> cn.gov.huiji.fourlists.complaint.domain.CaseAttachment
                .<cn.gov.huiji.fourlists.complaint.domain.CaseAttachment>findById(java.util.UUID.fromString(id)).ciphertext);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("%PDF"), "the attachment is encrypted at rest");
        given().get("/api/v1/cases/" + no + "/attachments/" + id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        byte[] opened = given().get("/api/v1/cases/" + no + "/attachments/" + id + "?reason=核实现场情况").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, opened, "the handler gets the file as sent");
        List<OutboxEntry> traces = OutboxProbe.entriesFor("case/" + no);
        assertEquals(ComplaintEvents.CASE_ATTACHMENT_OPENED.name(), traces.get(traces.size() - 1).type, "the opening is traced");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void onlyComplaintHandlersSeeTheIdentity() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "想看看是谁")).post("/api/v1/cases/JB-2026-000001/identity-reveal")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Inject
    cn.gov.huiji.fourlists.complaint.service.CaseDisclosure disclosure;

    @Inject
    cn.gov.huiji.fourlists.complaint.service.CaseContent caseContent;

    /** Issue 13: a case stored in plain text before content was sealed is sealed at start-up and reads the same. */
    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void contentStoredInPlainTextBeforeSealingIsSealedAndReadsTheSame() throws Exception {
        String no = submit(anonymousComplaint("封存前的内容 " + System.nanoTime())).get("caseNo");
        try (java.sql.Connection db = cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource.asOwner();
             java.sql.PreparedStatement u = db.prepareStatement("update complaint_case set content = ?, content_sealed = null, "
                     + "content_nonce = null, content_key_id = null where case_no = ?")) {
            u.setString(1, "旧版明文保存的投诉内容");
            u.setString(2, no);
            assertEquals(1, u.executeUpdate());
        }
        assertTrue(caseContent.sealEarlierRows() >= 1, "the plain row is sealed");
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) ComplaintCase.getEntityManager().createNativeQuery(
                "select content, content_sealed from complaint_case where case_no = ?1").setParameter(1, no).getSingleResult());
        assertEquals(null, row[0], "no plain content is left");
        assertFalse(new String((byte[]) row[1], StandardCharsets.UTF_8).contains("旧版明文"), "the content is encrypted at rest");
        given().get("/api/v1/cases/" + no + "/record").then().statusCode(200).body("content", equalTo("旧版明文保存的投诉内容"));
    }

    @Test
    @TestSecurity(user = "jijian", roles = "discipline")
    void theDisciplineGroupReadsEachDisclosureWithTheReasonAsGivenAndItsDigestMatchesTheTrace() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "REPORT");
        body.put("subjectKind", "OTHER");
        body.put("content", "举报理由留存测试 " + System.nanoTime());
        body.put("anonymous", false);
        body.put("identity", Map.of("name", NAME, "phone", PHONE));
        String no = given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("caseNo");
        disclosure.reveal(no, cn.gov.huiji.fourlists.complaint.domain.DisclosureReason.REWARD, "兑现举报奖励需核实身份", HANDLER);

        given().get("/api/v1/cases/" + no + "/disclosures").then().statusCode(200)
                .body("[0].what", equalTo("IDENTITY")).body("[0].reasonCode", equalTo("REWARD"))
                .body("[0].reason", equalTo("兑现举报奖励需核实身份")).body("[0].disclosedBy", equalTo("handler"))
                .body("[0].reasonDigest", equalTo(TraceEventCodec.digest("兑现举报奖励需核实身份")));
        List<OutboxEntry> traces = OutboxProbe.entriesFor("case/" + no);
        assertTrue(traces.get(traces.size() - 1).data.contains(TraceEventCodec.digest("兑现举报奖励需核实身份")),
                "the trace's digest is the digest of the reason kept here");
    }

    @Test
    void aWrongCodeAnswersLikeAMissingCaseAndRepeatedWrongCodesAreThrottled() {
        Map<String, String> receipt = submit(anonymousComplaint("查询码测试 " + System.nanoTime()));
        String no = receipt.get("caseNo");
        String wrong = given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/cases/" + no + "?code=AAAA-BBBB-CCCC")
                .then().statusCode(404).contentType("application/problem+json").extract().jsonPath().getString("detail");
        String missing = given().header("X-Forwarded-For", "203.0.113.8").get("/api/v1/cases/TS-2026-999999?code=AAAA-BBBB-CCCC")
                .then().statusCode(404).extract().jsonPath().getString("detail");
        assertEquals(missing, wrong, "a wrong code and a missing case answer alike");
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/cases/" + no + "?code=WRNG-CODE-" + i + "AAA").then().statusCode(404);
        }
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/cases/" + no + "?code=" + receipt.get("queryCode"))
                .then().statusCode(429).header("Retry-After", notNullValue()).contentType("application/problem+json")
                .body("titleZh", equalTo("请求过于频繁"));
        // Another client with the right code is not punished for someone else's guessing.
        given().header("X-Forwarded-For", "203.0.113.9").get("/api/v1/cases/" + no + "?code=" + receipt.get("queryCode").toLowerCase())
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void aHandlerRecordsACallWithItsChannelAndDeadlinesWarnThenFlagOnce() {
        Map<String, Object> call = anonymousComplaint("来电反映：某企业有限空间作业无人监护 " + System.nanoTime());
        call.put("channel", "PHONE");
        String no = given().contentType(ContentType.JSON).body(call).post("/api/v1/cases").then().statusCode(201).extract().path("caseNo");
        given().get("/api/v1/cases/" + no + "/record").then().body("channel", equalTo("PHONE")).body("recordedBy", equalTo("handler"));

        assertTrue(deadlines.scanDeadlines(LocalDate.of(2026, 11, 26)) >= 1, "a warning the working day before acceptance is due");
        deadlines.scanDeadlines(LocalDate.of(2026, 11, 26));
        deadlines.scanDeadlines(LocalDate.of(2026, 11, 30));
        deadlines.scanDeadlines(LocalDate.of(2026, 12, 1));
        List<String> types = OutboxProbe.entriesFor("case/" + no).stream().map(t -> t.type).toList();
        assertEquals(names(ComplaintEvents.CASE_RECEIVED, ComplaintEvents.CASE_CONTENT_OPENED, ComplaintEvents.CASE_DEADLINE_WARNED,
                ComplaintEvents.CASE_DEADLINE_MISSED), types, "the reading, then one warning and one overdue flag, each once");
        given().get("/api/v1/cases/" + no + "/record").then().body("overdueStep", equalTo("accept"));
        given().get("/api/v1/cases/stats").then().statusCode(200).body("byItem.find { it.key == '410108-AJ-XK-002' }.cases", notNullValue());

        given().contentType(ContentType.JSON).body(Map.of("reason", "DUPLICATE", "text", "与已受理案件重复"))
                .post("/api/v1/cases/" + no + "/actions/not-accept").then().statusCode(200).body("state", equalTo("NOT_ACCEPTED"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/cases/" + no + "/actions/accept").then().statusCode(409)
                .body("titleZh", equalTo("当前状态不允许该操作"));
    }

    @Test
    void onlyHandlersRecordCalls() {
        Map<String, Object> call = anonymousComplaint("冒充电话登记 " + System.nanoTime());
        call.put("channel", "PHONE");
        given().contentType(ContentType.JSON).body(call).post("/api/v1/cases").then().statusCode(403);
        given().get("/api/v1/inbox/legal").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal", attributes = @SecurityAttribute(key = "section", value = "legal"))
    void aSuggestionAboutAnItemReachesTheLegalSectionsInboxAndItAloneMayReadIt() {
        Map<String, Object> suggestion = anonymousComplaint("建议将烟花爆竹零售许可的申请材料精简为三项 " + System.nanoTime());
        suggestion.put("kind", "SUGGESTION");
        String no = submit(suggestion).get("caseNo");
        assertTrue(no.startsWith("JY-"), no);
        given().get("/api/v1/inbox/legal").then().statusCode(200).body("caseNo", org.hamcrest.Matchers.hasItem(no));
        given().get("/api/v1/cases/" + no + "/record").then().statusCode(200).body("content", containsString("申请材料精简"));
        String complaint = submit(anonymousComplaint("法制科不应看到的投诉 " + System.nanoTime())).get("caseNo");
        given().get("/api/v1/cases/" + complaint + "/record").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badInputGetsProblemJsonAndStoresNothing() {
        long before = OutboxProbe.total();
        Map<String, Object> tooLong = anonymousComplaint("长".repeat(5001));
        given().contentType(ContentType.JSON).body(tooLong).post("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("content"));
        Map<String, Object> fakePdf = anonymousComplaint("附件类型测试 " + System.nanoTime());
        fakePdf.put("attachments", List.of(Map.of("fileName", "证据.pdf", "contentBase64",
                java.util.Base64.getEncoder().encodeToString("<html><script>alert(1)</script></html>".getBytes()))));
        given().contentType(ContentType.JSON).body(fakePdf).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("attachments[0].contentBase64")).body("errors[0].messageZh", containsString("按文件内容判断"));
        Map<String, Object> big = anonymousComplaint("附件大小测试 " + System.nanoTime());
        byte[] png = new byte[2 * 1024 * 1024 + 10];
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        big.put("attachments", List.of(Map.of("contentBase64", java.util.Base64.getEncoder().encodeToString(png))));
        given().contentType(ContentType.JSON).body(big).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].messageZh", containsString("附件超过"));
        given().contentType(ContentType.JSON).body("{\"kind\": \"COMPLAINT\", \"content\": ").post("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> unknown = anonymousComplaint("未知字段");
        unknown.put("reward", 100);
        given().contentType(ContentType.JSON).body(unknown).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("reward"));
        Map<String, Object> named = anonymousComplaint("实名但无联系方式");
        named.put("anonymous", false);
        named.put("identity", Map.of("name", "李四"));
        given().contentType(ContentType.JSON).body(named).post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("identity"));
        assertEquals(before, OutboxProbe.total(), "no refused submission leaves anything behind");

        Map<String, Object> script = anonymousComplaint("<script>alert('x')</script>执法人员<b onmouseover=alert(1)>态度恶劣</b> " + System.nanoTime());
        Map<String, String> receipt = submit(script);
        cn.gov.huiji.fourlists.complaint.domain.ComplaintCase stored = QuarkusTransaction.requiringNew().call(() -> cn.gov.huiji.fourlists.complaint.domain.ComplaintCase
                .<cn.gov.huiji.fourlists.complaint.domain.ComplaintCase>find("caseNo", receipt.get("caseNo")).firstResult());
        String content = new String(vault.open(stored.id, new cn.gov.huiji.fourlists.complaint.service.IdentityVault.Sealed(
                stored.contentKeyId, stored.contentNonce, stored.contentSealed)), StandardCharsets.UTF_8);
        assertFalse(content.contains("<") || content.contains("script") || content.contains("onmouseover"), "markup is neutralised: " + content);
        assertTrue(content.contains("执法人员态度恶劣"), content);
        given().contentType(ContentType.JSON).body(script).post("/api/v1/cases").then().statusCode(409)
                .body("titleZh", equalTo("重复提交"));
    }
}
