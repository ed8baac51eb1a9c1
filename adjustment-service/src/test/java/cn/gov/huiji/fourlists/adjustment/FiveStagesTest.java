package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.adjustment.domain.AdjustmentRequest;
import cn.gov.huiji.fourlists.adjustment.domain.ChangeKind;
import cn.gov.huiji.fourlists.adjustment.domain.RequestAction;
import cn.gov.huiji.fourlists.adjustment.domain.TriggerKind;
import cn.gov.huiji.fourlists.adjustment.rest.RequestInput;
import cn.gov.huiji.fourlists.adjustment.service.RequestService;
import cn.gov.huiji.fourlists.adjustment.service.WorkflowService;
import cn.gov.huiji.fourlists.kernel.contract.ListItemContent;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** R-ADJ-2, R-ADJ-5 (Art. 26): apply → review → study → report → confirm → publish, with a return on the way. Today is 2026-11-20 (Friday). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FiveStagesTest {

    static final Actor CLERK = new Actor("clerk", List.of("clerk"), "hazchem");
    static final Actor CLERK2 = new Actor("clerk2", List.of("clerk"), "general-supervision");
    static final Actor LEGAL = new Actor("legal", List.of("legal"), "legal");
    static final Actor LEADER = new Actor("leader", List.of("leader"), "leadership");
    static final Actor DISTRICT = new Actor("district", List.of("district-office"), "district-office");
    static final ListItemContent PROPOSED = ListItemContent.basic("410108-AJ-CF-001", "POWER", "对未取得安全生产许可证擅自进行生产的处罚",
            "行政处罚", "enforcement-brigade", java.util.List.of(new ListItemContent.Citation(cn.gov.huiji.fourlists.kernel.contract.CitationLevel.LAW, "中华人民共和国安全生产法", "2021年修正", "第九十五条", null)));

    @Inject
    RequestService requests;
    @Inject
    WorkflowService workflow;

    UUID draft(Actor author) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> requests.draft(new RequestInput(
                TriggerKind.LAW_AMENDED_OR_REPEALED, LocalDate.of(2026, 11, 18), ChangeKind.MODIFY, Documents.LAW, "410108-AJ-CF-001",
                "《安全生产法》修正，罚则条款调整", PROPOSED, null), author).id);
    }

    AdjustmentRequest act(UUID id, RequestAction action, Actor actor, String comment, String meeting) {
        return workflow.act(id, action, new WorkflowService.ActionInput(comment, meeting), actor);
    }

    @Test
    void aModifyRequestGoesThroughAllFiveStagesWithOneReturnAndEveryStepIsTraced() {
        UUID id = draft(CLERK);
        AdjustmentRequest r = act(id, RequestAction.SUBMIT, CLERK, null, null);
        assertEquals("SUBMITTED", r.state.name());
        assertEquals(LocalDate.of(2026, 11, 24), r.dueDate, "Art. 26(2): review due 2 working days after Friday 20 November");
        assertEquals(LocalDate.of(2026, 11, 23), r.applicationDue, "Art. 26(1): 3 working days after the trigger of 18 November");
        assertFalse(r.appliedLate);

        r = act(id, RequestAction.RETURN, LEGAL, "依据条款引用不完整，请补充第九十七条全文", null);
        assertEquals("RETURNED", r.state.name());
        assertEquals(LocalDate.of(2026, 11, 24), r.dueDate, "Art. 26(2): back within 2 working days");
        r = act(id, RequestAction.SUBMIT, CLERK, "已补充", null);
        assertEquals("SUBMITTED", r.state.name());
        assertEquals("STUDY", act(id, RequestAction.PASS_REVIEW, LEGAL, null, null).state.name());
        assertEquals("APPROVED", act(id, RequestAction.APPROVE, LEADER, null, "局长办公会纪要〔2026〕12号").state.name());
        assertEquals("REPORTED", act(id, RequestAction.REPORT, LEGAL, null, null).state.name());
        assertEquals("CONFIRMED", act(id, RequestAction.CONFIRM, DISTRICT, null, null).state.name());
        r = act(id, RequestAction.PUBLISH, LEGAL, null, null);
        assertEquals("PUBLISHED", r.state.name());

        assertEquals(8, workflow.history(id, LEGAL).size(), "every transition is recorded");
        var traces = OutboxProbe.entriesFor("request/" + id);
        assertEquals(9, traces.size(), "the draft and each of the 8 transitions leave a trace");
        assertEquals(AdjustmentEvents.REQUEST_PUBLISHED.name(), traces.get(8).type);
        assertEquals("legal", traces.get(8).actorId);
        org.junit.jupiter.api.Assertions.assertTrue(traces.get(8).data.contains("\"proposedItem\""),
                "the publication carries the item as it shall read, for list-service to apply");
    }

    @Test
    void nobodyActsOnTheirOwnRequestBeyondTheApplyingSectionsSteps() {
        Actor both = new Actor("zhang", List.of("clerk", "legal"), "hazchem");
        UUID id = draft(both);
        act(id, RequestAction.SUBMIT, both, null, null);
        ProblemException refused = assertThrows(ProblemException.class, () -> act(id, RequestAction.PASS_REVIEW, both, null, null));
        assertEquals(403, refused.problem().status());
        assertEquals("urn:fourlists:problem:separation-of-duties", refused.problem().type());
    }

    @Test
    void anotherSectionsClerkCannotSeeOrSubmitTheRequest() {
        UUID id = draft(CLERK);
        assertEquals(404, assertThrows(ProblemException.class, () -> act(id, RequestAction.SUBMIT, CLERK2, null, null)).problem().status());
    }

    @Test
    void aReturnNeedsReasonsAndADecisionNeedsItsMeeting() {
        UUID id = draft(CLERK);
        act(id, RequestAction.SUBMIT, CLERK, null, null);
        assertEquals("comment", assertThrows(ProblemException.class, () -> act(id, RequestAction.RETURN, LEGAL, " ", null))
                .problem().errors().get(0).field());
        act(id, RequestAction.PASS_REVIEW, LEGAL, null, null);
        assertEquals("meetingReference", assertThrows(ProblemException.class, () -> act(id, RequestAction.APPROVE, LEADER, null, null))
                .problem().errors().get(0).field());
    }

    @Test
    void aLateApplicationIsMarked() {
        UUID id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> requests.draft(new RequestInput(
                TriggerKind.NEW_LAW, LocalDate.of(2026, 11, 2), ChangeKind.ADD, Documents.LAW, null, "新法施行，新增事项", ListItemContent.basic("410108-AJ-XK-009", "POWER",
                "危险化学品安全使用许可证核发", "行政许可", "hazchem", java.util.List.of(new ListItemContent.Citation(cn.gov.huiji.fourlists.kernel.contract.CitationLevel.ADMINISTRATIVE_REGULATION, "危险化学品安全管理条例", null, "第二十九条", null))), null), CLERK).id);
        AdjustmentRequest r = act(id, RequestAction.SUBMIT, CLERK, null, null);
        assertEquals(LocalDate.of(2026, 11, 5), r.applicationDue);
        assertEquals(true, r.appliedLate, "submitted on 20 November, the application was due on 5 November");
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal", attributes = @SecurityAttribute(key = "section", value = "legal"))
    void anActionTheStateDoesNotAllowIs409NamingTheAllowedOnes() {
        UUID id = draft(CLERK);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/requests/" + id + "/actions/publish")
                .then().statusCode(409).contentType("application/problem+json")
                .body("allowed", hasItems("submit")).body("detailZh", containsString("DRAFT"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/requests/" + id + "/actions/dance")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/requests/" + id).then().statusCode(200).body("allowedActions", equalTo(List.of("submit")));
    }

    @Test
    @TestSecurity(user = "leader", roles = "leader", attributes = @SecurityAttribute(key = "section", value = "leadership"))
    void aLeaderCannotReviewInPlaceOfTheLegalSection() {
        UUID id = draft(CLERK);
        act(id, RequestAction.SUBMIT, CLERK, null, null);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/requests/" + id + "/actions/pass-review")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
