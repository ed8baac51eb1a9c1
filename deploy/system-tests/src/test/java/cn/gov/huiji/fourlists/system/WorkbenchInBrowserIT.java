package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
        assertTrue(browser.getCurrentUrl().startsWith("http://127.0.0.1:8180/realms/fourlists/"),
                "an anonymous visit goes to the Keycloak login page: " + browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user); // local-development demo password
        browser.findElement(By.id("kc-login")).click();
        assertTrue(browser.getCurrentUrl().startsWith(WORKBENCH), "signed in, back on the workbench: " + browser.getCurrentUrl());
    }

    static void signOut() {
        browser.findElement(By.linkText("退出")).click();
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
}
