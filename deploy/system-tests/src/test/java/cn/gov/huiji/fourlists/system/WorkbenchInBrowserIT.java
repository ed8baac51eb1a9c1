package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static cn.gov.huiji.fourlists.system.PortalInBrowserIT.browser;
import static cn.gov.huiji.fourlists.system.PortalInBrowserIT.noSeriousAccessibilityViolations;
import static cn.gov.huiji.fourlists.system.PortalInBrowserIT.screenshot;
import static cn.gov.huiji.fourlists.system.PortalInBrowserIT.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff workbench (issue 14, first part) in a real browser: staff sign in through the real Keycloak login page
 * (no injected token), see their 待办 built from the services with their own token, and sign out.
 */
class WorkbenchInBrowserIT {

    static final String WORKBENCH = "http://127.0.0.1:8086";

    @BeforeAll
    static void openTheBrowser() throws Exception {
        PortalInBrowserIT.openTheBrowser();
    }

    @AfterAll
    static void closeTheBrowser() {
        PortalInBrowserIT.closeTheBrowser();
    }

    static void signIn(String user) {
        browser.get(WORKBENCH + "/");
        if (browser.getCurrentUrl().startsWith(WORKBENCH)) {
            signOut(); // a session left by a test that stopped half-way
            browser.get(WORKBENCH + "/");
        }
        assertTrue(browser.getCurrentUrl().startsWith("http://127.0.0.1:8180/realms/fourlists/"),
                "an anonymous visit goes to the Keycloak login page: " + browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user); // local-development demo password
        navigating(() -> browser.findElement(By.id("kc-login")).click());
        assertTrue(browser.getCurrentUrl().startsWith(WORKBENCH), "signed in, back on the workbench: " + browser.getCurrentUrl());
    }

    static void signOut() {
        navigating(() -> browser.findElement(By.linkText("退出")).click());
        assertTrue(text().contains("您已退出工作台"), "signing out says so: " + text());
    }

    @Test
    void aHandlerSignsInSeesANewCaseWaitingForAcceptanceAndSignsOut() throws Exception {
        String caseNo = RestAssured.given().contentType("application/json").body(Map.of("kind", "COMPLAINT", "subjectKind", "OTHER",
                        "content", "工作台待办测试 " + System.nanoTime(), "anonymous", true))
                .post(Suite.COMPLAINT + "/api/v1/cases").then().statusCode(201).extract().path("caseNo");

        signIn("handler");
        assertEquals("待办", browser.findElement(By.tagName("h1")).getText());
        assertTrue(text().contains("handler（投诉举报受理人）"), "the header names the user and the role: " + text());
        assertTrue(text().contains(caseNo) && text().contains("待受理"), "the new case waits for acceptance in the handler's inbox");
        screenshot("workbench-01-handler-inbox");
        noSeriousAccessibilityViolations("workbench inbox (handler)");
        signOut();
        screenshot("workbench-02-signed-out");

        signIn("clerk");
        assertTrue(text().contains("clerk（科室经办人）"), text());
        assertTrue(!text().contains(caseNo), "a clerk sees no case that is not assigned to the clerk's section");
        screenshot("workbench-03-clerk-inbox");
        noSeriousAccessibilityViolations("workbench inbox (clerk)");
        signOut();
    }

    static void open(String caseNo) {
        navigating(() -> browser.findElement(By.xpath("//tr[td[contains(., '" + caseNo + "')]]//a[text()='办理']")).click());
        assertEquals("案件 " + caseNo, browser.findElement(By.tagName("h1")).getText());
    }

    /** Does something that loads a new page, and waits until the old page is gone. */
    static void navigating(Runnable action) {
        org.openqa.selenium.WebElement old = browser.findElement(By.tagName("html"));
        action.run();
        // gone: stale, or (ChromeDriver's other answer for a replaced document) no longer in the document at all
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(b -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(b ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) b).executeScript("return document.readyState")));
    }

    static void press(String button) {
        navigating(() -> browser.findElement(By.xpath("//button[text()='" + button + "']")).click());
    }

    /**
     * The case desk: a citizen's online complaint goes from the handler's queue through acceptance and assignment to
     * the section's answer and the handler's closing, each by the user in their own browser session; the citizen's
     * tracking page on the portal then shows the answer.
     */
    @Test
    void aComplaintRunsFromTheQueueToTheSectionsAnswerAndTheCitizenReadsIt() throws Exception {
        var receipt = RestAssured.given().contentType("application/json").body(Map.of("kind", "COMPLAINT", "subjectKind", "OTHER",
                        "content", "某企业未按规定设置安全警示标志（工作台办理测试 " + System.nanoTime() + "）", "anonymous", true))
                .post(Suite.COMPLAINT + "/api/v1/cases").then().statusCode(201).extract().jsonPath();
        String caseNo = receipt.getString("caseNo");
        String answer = "经现场核查，已责令该企业限期设置安全警示标志（" + caseNo + "）。";

        signIn("handler");
        open(caseNo);
        assertTrue(text().contains("状态 已接收") && text().contains("工作台办理测试"), "the case as staff see it: " + text());
        screenshot("workbench-04-case-received");
        noSeriousAccessibilityViolations("workbench case (received)");
        press("受理");
        assertTrue(text().contains("已受理。") && text().contains("状态 已受理"), text());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("section"))).selectByValue("hazchem");
        press("交办");
        assertTrue(text().contains("已交办。") && text().contains("状态 办理中"), text());
        screenshot("workbench-05-case-assigned");
        signOut();

        signIn("head");
        assertTrue(text().contains(caseNo) && text().contains("待答复"), "the assigned section finds the case in its inbox");
        open(caseNo);
        browser.findElement(By.id("answer")).sendKeys(answer);
        press("答复");
        assertTrue(text().contains("已答复。") && text().contains(answer), text());
        assertEquals(List.of(), browser.findElements(By.xpath("//button[text()='受理' or text()='交办' or text()='答复']")),
                "an answered case offers neither acceptance, assignment nor another answer");
        assertEquals(1, browser.findElements(By.xpath("//button[text()='办结']")).size(), "it offers closing");
        screenshot("workbench-06-case-answered");
        signOut();

        signIn("handler");
        open(caseNo);
        press("办结");
        assertTrue(text().contains("已办结。"), text());
        screenshot("workbench-07-case-closed");
        signOut();

        browser.get("http://127.0.0.1:8080/complaints/track");
        browser.findElement(By.id("caseNo")).sendKeys(caseNo);
        browser.findElement(By.id("code")).sendKeys(receipt.getString("queryCode"));
        navigating(() -> browser.findElement(By.id("code")).submit());
        assertTrue(text().contains(answer), "the citizen's tracking page shows the section's answer: " + text());
        screenshot("workbench-08-citizen-reads-the-answer");
    }

    static void openRequest(String id) {
        navigating(() -> browser.findElement(By.xpath("//a[@href='/requests/" + id + "']")).click());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("调整申请"), browser.getCurrentUrl());
    }

    static void step(String user, String id, String button, String comment, String meeting) {
        signIn(user);
        openRequest(id);
        if (comment != null) {
            browser.findElement(By.xpath("//form[.//button[text()='" + button + "']]//textarea")).sendKeys(comment);
        }
        if (meeting != null) {
            browser.findElement(By.xpath("//form[.//button[text()='" + button + "']]//input[@name='meetingReference']")).sendKeys(meeting);
        }
        press(button);
        assertTrue(text().contains("已" + button + "。"), user + " " + button + ": " + text());
        signOut();
    }

    /**
     * A MODIFY request through the five stages in the browser (Art. 25, 26): the drafter sees the diff against the
     * version in force and submits; the legal section returns it once with a reason; the head resubmits; legal passes
     * review, the leader approves with the meeting's minutes, legal reports, the district office confirms, legal
     * publishes — each in their own session; the portal then shows the new version.
     */
    @Test
    void aModifyRequestGoesThroughTheFiveStagesInTheirOwnSessionsAndThePortalShowsIt() throws Exception {
        String code = String.format("5%011d", System.nanoTime() % 100_000_000_000L);
        Map<String, Object> item = new java.util.LinkedHashMap<>(ListsChangeOnlyByPublishedAdjustmentsIT.item(code,
                "对未按规定储存危险化学品的处罚", "2014年8月31日修正", "第九十四条"));
        item.put("section", "hazchem");
        Suite.as("legal").contentType("application/json").body(item).post(Suite.LIST + "/api/v1/lists/power/items").then().statusCode(201);
        Map<String, Object> proposed = new java.util.LinkedHashMap<>(item);
        proposed.put("name", "对未按规定储存、使用危险化学品的处罚（工作台）");
        String id = Suite.as("clerk").contentType("application/json").body(Map.of("triggerKind", "LAW_AMENDED_OR_REPEALED",
                        "triggerDate", "2026-11-24", "changeKind", "MODIFY", "targetItemCode", code,
                        "documents", java.util.List.of(Map.of("title", "《中华人民共和国安全生产法》修正", "number", "主席令第88号", "date", "2021-06-10")),
                        "summary", "安全生产法修正，事项名称调整（工作台）", "proposedItem", proposed))
                .post(Suite.ADJUSTMENT + "/api/v1/requests").then().statusCode(201).extract().path("id");

        signIn("clerk");
        openRequest(id);
        assertTrue(text().contains("对未按规定储存危险化学品的处罚") && text().contains("对未按规定储存、使用危险化学品的处罚（工作台）"),
                "the diff shows the name in force and as proposed: " + text());
        screenshot("workbench-09-request-diff");
        noSeriousAccessibilityViolations("workbench request");
        press("提交");
        assertTrue(text().contains("已提交。"), text());
        signOut();

        step("legal", id, "退回", "请补充修正令的公布日期。", null);
        step("head", id, "提交", null, null);
        step("legal", id, "审查通过", null, null);
        step("leader", id, "分管领导审批", null, "局长办公会纪要〔2026〕第30号");
        step("legal", id, "报区编办", null, null);
        step("district", id, "区编办确认", null, null);
        signIn("legal");
        openRequest(id);
        press("发布");
        assertTrue(text().contains("已发布") && text().contains("请补充修正令的公布日期。"), "published, with the return in the history: " + text());
        screenshot("workbench-10-request-published");
        signOut();

        long deadline = System.currentTimeMillis() + 30_000;
        String page = "";
        while (System.currentTimeMillis() < deadline && !page.contains("（工作台）")) {
            page = RestAssured.get("http://127.0.0.1:8080/items/" + code).asString();
            Suite.sleep(500);
        }
        assertTrue(page.contains("对未按规定储存、使用危险化学品的处罚（工作台）"), "the portal shows the published version");
    }
}
