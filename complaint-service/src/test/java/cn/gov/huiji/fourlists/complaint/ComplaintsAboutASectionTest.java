package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.complaint.domain.CaseAction;
import cn.gov.huiji.fourlists.complaint.service.CaseActions;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.trace.Actor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Art. 30: a complaint about a section does not reach that section first. The section the citizen names is a proposal
 * for the handlers; only a handler's assignment lets a section read the case.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ComplaintsAboutASectionTest {

    static final Actor HANDLER = new Actor("handler", List.of("complaint-handler"), "office");

    @Inject
    CaseActions actions;

    static String complainAboutHazchem() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COMPLAINT");
        body.put("subjectKind", "SECTION");
        body.put("subjectRef", "hazchem");
        body.put("content", "危化科工作人员在检查中索要好处 " + System.nanoTime());
        body.put("anonymous", true);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("caseNo");
    }

    @Test
    @TestSecurity(user = "head", roles = "section-head", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void theSectionComplainedAboutCannotReadTheCaseEvenAfterItIsAssignedElsewhere() {
        String no = complainAboutHazchem();
        given().get("/api/v1/cases/" + no + "/record").then().statusCode(403).contentType("application/problem+json");
        actions.act(no, CaseAction.ACCEPT, null, HANDLER);
        actions.act(no, CaseAction.ASSIGN, new CaseActions.ActionInput(null, null, "general-supervision", null, null), HANDLER);
        given().get("/api/v1/cases/" + no + "/record").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "handler", roles = "complaint-handler", attributes = @SecurityAttribute(key = "section", value = "office"))
    void theHandlerSeesTheCitizensChoiceAsAProposalAndOnlyAnAssignmentGivesASectionTheCase() {
        String no = complainAboutHazchem();
        given().get("/api/v1/cases/" + no + "/record").then().statusCode(200)
                .body("proposedSection", equalTo("hazchem")).body("section", nullValue());
        actions.act(no, CaseAction.ACCEPT, null, HANDLER);
        actions.act(no, CaseAction.ASSIGN, new CaseActions.ActionInput(null, null, "general-supervision", null, null), HANDLER);
        given().get("/api/v1/cases/" + no + "/record").then().body("section", equalTo("general-supervision"))
                .body("proposedSection", equalTo("hazchem"));
    }

    /** The assigned section's work list (issue 14): its own assigned cases only, never another section's or unassigned ones. */
    @Test
    @TestSecurity(user = "head", roles = "section-head", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
    void aSectionListsOnlyTheCasesAssignedToItWhateverSectionItAsksFor() {
        String mine = complainAboutHazchem();
        actions.act(mine, CaseAction.ACCEPT, null, HANDLER);
        actions.act(mine, CaseAction.ASSIGN, new CaseActions.ActionInput(null, null, "hazchem", null, null), HANDLER);
        String theirs = complainAboutHazchem();
        actions.act(theirs, CaseAction.ACCEPT, null, HANDLER);
        actions.act(theirs, CaseAction.ASSIGN, new CaseActions.ActionInput(null, null, "general-supervision", null, null), HANDLER);
        String unassigned = complainAboutHazchem();

        List<String> listed = given().queryParam("size", 200).get("/api/v1/cases").then().statusCode(200)
                .extract().jsonPath().getList("items.caseNo", String.class);
        org.junit.jupiter.api.Assertions.assertTrue(listed.contains(mine), "the section's own assigned case is listed");
        org.junit.jupiter.api.Assertions.assertFalse(listed.contains(theirs) || listed.contains(unassigned),
                "no other section's case and no unassigned case: " + listed);
        List<String> asked = given().queryParam("section", "general-supervision").queryParam("size", 200).get("/api/v1/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.caseNo", String.class);
        org.junit.jupiter.api.Assertions.assertFalse(asked.contains(theirs), "asking for another section changes nothing");
    }
}
