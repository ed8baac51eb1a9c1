package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static cn.gov.huiji.fourlists.system.PortalInBrowserIT.browser;
import static cn.gov.huiji.fourlists.system.PortalInBrowserIT.noSeriousAccessibilityViolations;
import static cn.gov.huiji.fourlists.system.PortalInBrowserIT.screenshot;
import static cn.gov.huiji.fourlists.system.PortalInBrowserIT.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff workbench (issue 14) in a real browser: staff sign in through the real Keycloak login page
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
        type("days", "15");
        type("why", "需会同区应急管理局现场核查");
        press("延期");
        assertTrue(text().contains("已延期") && text().contains("需会同区应急管理局现场核查"), "extended once, with its reason: " + text());
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
        assertTrue(browser.findElement(By.id("extension")).getText().contains("答复期限已延长 15 日")
                && browser.findElement(By.id("extension")).getText().contains("需会同区应急管理局现场核查"),
                "the citizen reads the extension with its reason and the new due date (R-CMP-4)");
        screenshot("workbench-08-citizen-reads-the-answer");
        noSeriousAccessibilityViolations("portal tracking page with the feedback form");

        // 满意度评价: the citizen is not satisfied; the handler then reopens the case once
        browser.findElement(By.xpath("//input[@name='satisfied' and @value='false']")).click();
        browser.findElement(By.id("feedbackText")).sendKeys("警示标志仍未设置。");
        browser.findElement(By.id("feedbackCode")).sendKeys(receipt.getString("queryCode"));
        press("提交评价");
        assertTrue(browser.findElement(By.id("confirmation")).getText().contains("评价已提交")
                && browser.findElement(By.id("feedback")).getText().equals("不满意"), "the feedback is taken: " + text());
        assertTrue(browser.findElement(By.id("reopening")).getText().contains("重新办理一次"), "the one reopening is explained");
        screenshot("workbench-08b-citizen-feedback");
        signIn("handler");
        browser.get(WORKBENCH + "/cases/" + caseNo);
        press("重新办理");
        assertTrue(text().contains("状态 办理中"), "an unsatisfied case is reopened once: " + text());
        assertTrue(browser.findElements(By.xpath("//button[text()='重新办理']")).isEmpty(), "and only once");
        signOut();
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

    /** Sets a date input the way the page would get it (Chromium's date widget takes keys in the locale's order). */
    static void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), isoDate);
    }

    static void type(String id, String value) {
        var input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /**
     * A MODIFY request through the five stages in the browser (Art. 25, 26): the clerk drafts it in the form, which
     * starts from the item in force; a value the service refuses is shown beside its field in Chinese; the clerk sees the
     * diff, saves, attaches the law's file and submits. The legal section returns it with a reason in a session of its
     * own while the clerk's page is open: the clerk is told at once, and by e-mail. The clerk revises and resubmits;
     * legal passes review, the leader approves with the meeting's minutes, legal reports, the district office confirms,
     * legal publishes — each in their own session; the portal then shows the new version.
     */
    @Test
    void aClerkDraftsAModifyRequestInTheFormAndItGoesThroughTheFiveStages() throws Exception {
        String code = String.format("5%011d", System.nanoTime() % 100_000_000_000L);
        Map<String, Object> item = new java.util.LinkedHashMap<>(ListsChangeOnlyByPublishedAdjustmentsIT.item(code,
                "对未按规定储存危险化学品的处罚", "2014年8月31日修正", "第九十四条"));
        item.put("section", "hazchem");
        Suite.as("legal").contentType("application/json").body(item).post(Suite.LIST + "/api/v1/lists/power/items").then().statusCode(201);
        String newName = "对未按规定储存、使用危险化学品的处罚（工作台 " + code + "）";

        signIn("clerk");
        navigating(() -> browser.findElement(By.linkText("调整申请")).click());
        assertEquals("调整申请", browser.findElement(By.tagName("h1")).getText());
        screenshot("workbench-09-requests");
        noSeriousAccessibilityViolations("workbench requests list");
        // the form starts from the item in force (as the item's 调整 link and a law change's obligation open it)
        browser.get(WORKBENCH + "/requests/new?item=" + code + "&change=MODIFY");
        assertEquals("起草调整申请", browser.findElement(By.tagName("h1")).getText());
        assertEquals("对未按规定储存危险化学品的处罚", browser.findElement(By.id("f-item-name")).getAttribute("value"),
                "the item in force fills the form");
        assertEquals("第九十四条", browser.findElement(By.id("g-basis-0-article")).getAttribute("value"), "its legal basis too");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-triggerKind"))).selectByValue("LAW_AMENDED_OR_REPEALED");
        setDate("f-triggerDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        type("f-summary", "安全生产法修正，事项名称与罚则条款调整（工作台）");
        type("g-doc-0-title", "《中华人民共和国安全生产法》修正");
        type("g-doc-0-number", "主席令第八十八号");
        setDate("g-doc-0-date", "2021-06-10");
        type("f-item-name", newName);
        type("g-basis-0-version", "2021年6月10日修正");
        type("g-basis-0-article", "第九十五条");
        type("g-step-0-step", "立案");
        type("g-step-0-timeLimitDays", "5");
        type("f-item-supervisionPhone", "请拨打值班电话"); // not a phone number: the service refuses it
        press("预览差异");
        WebElementText diff = new WebElementText(browser.findElement(By.cssSelector("table.diff")).getText());
        assertTrue(diff.has("对未按规定储存危险化学品的处罚") && diff.has(newName) && diff.has("第九十四条") && diff.has("第九十五条"),
                "before saving, the diff shows each changed element in force and as proposed: " + diff.text());
        screenshot("workbench-10-draft-diff");
        noSeriousAccessibilityViolations("workbench draft form with diff");

        press("保存草稿");
        var phoneError = browser.findElement(By.id("f-item-supervisionPhone-err")).getText();
        assertTrue(!phoneError.isBlank() && phoneError.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the service's error stands beside the field, in Chinese: " + phoneError);
        assertEquals(newName, browser.findElement(By.id("f-item-name")).getAttribute("value"), "nothing typed is lost");
        screenshot("workbench-11-draft-field-error");
        noSeriousAccessibilityViolations("workbench draft form with a field error");
        type("f-item-supervisionPhone", "0371-63611111");
        press("保存草稿");
        assertTrue(text().contains("草稿已保存"), text());
        String id = browser.getCurrentUrl().replaceAll(".*/requests/([0-9a-f-]+).*", "$1");

        Path pdf = java.nio.file.Files.createTempDirectory("law").resolve("安全生产法修正令.pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.7\n% 中华人民共和国主席令第八十八号\n%%EOF\n");
        browser.findElement(By.id("doc-file")).sendKeys(pdf.toString());
        press("上传");
        assertTrue(text().contains("文件已上传") && text().contains("安全生产法修正令.pdf"), "the file is listed: " + text());
        screenshot("workbench-12-request-draft-with-file");
        noSeriousAccessibilityViolations("workbench request (draft)");
        press("提交");
        assertTrue(text().contains("已提交。"), text());

        // the clerk's page stays open; the legal section returns the request in its own browser
        var clerksBrowser = browser;
        PortalInBrowserIT.browser = PortalInBrowserIT.newBrowser();
        try {
            step("legal", id, "退回", "请补充修正令的公布日期。", null);
        } finally {
            browser.quit();
            PortalInBrowserIT.browser = clerksBrowser;
        }
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(b ->
                b.findElement(By.id("live-notices")).getText().contains("您的调整申请被退回"));
        assertTrue(!browser.findElement(By.id("unread-count")).getText().isBlank(), "the menu counts the unread notification");
        screenshot("workbench-13-returned-notification-live");
        var mail = LocalMail.awaitMessage("clerk@fourlists.example", "您的调整申请被退回", "/requests/" + id, java.time.Duration.ofSeconds(60));
        assertTrue(mail.text().contains("请修改后重新提交"), "the e-mail says what to do: " + mail.text());

        browser.get(WORKBENCH + "/");
        var row = browser.findElement(By.xpath("//tr[td[contains(., '安全生产法修正，事项名称与罚则条款调整（工作台）')]]")).getText();
        assertTrue(row.contains("提交") && row.contains("个工作日") && row.contains("工作日历 cal-"),
                "the returned request waits in the drafter's 待办 with the working days left and the calendar: " + row);
        screenshot("workbench-13b-inbox-working-days-left");
        navigating(() -> browser.findElement(By.id("bell")).click());
        assertEquals("通知", browser.findElement(By.tagName("h1")).getText());
        screenshot("workbench-14-notifications");
        noSeriousAccessibilityViolations("workbench notifications");
        navigating(() -> browser.findElement(By.xpath("//li[.//h2[contains(., '您的调整申请被退回')]]//button")).click());
        assertTrue(text().contains("已退回") && text().contains("请补充修正令的公布日期。"), "the notification leads to the request: " + text());
        navigating(() -> browser.findElement(By.linkText("修改申请内容")).click());
        assertEquals("修改调整申请", browser.findElement(By.tagName("h1")).getText());
        noSeriousAccessibilityViolations("workbench revision form");
        type("f-summary", "安全生产法修正（2021年6月10日公布），事项名称与罚则条款调整（工作台）");
        press("保存草稿");
        assertTrue(text().contains("修改已保存"), text());
        press("提交");
        assertTrue(text().contains("已提交。"), text());
        signOut();

        step("legal", id, "审查通过", null, null);
        step("leader", id, "分管领导审批", null, "局长办公会纪要〔2026〕第30号");
        step("legal", id, "报区编办", null, null);
        step("district", id, "区编办确认", null, null);
        signIn("legal");
        openRequest(id);
        press("发布");
        assertTrue(text().contains("已发布") && text().contains("请补充修正令的公布日期。"), "published, with the return in the history: " + text());
        screenshot("workbench-15-request-published");
        noSeriousAccessibilityViolations("workbench request (published)");
        signOut();

        long deadline = System.currentTimeMillis() + 30_000;
        String page = "";
        while (System.currentTimeMillis() < deadline && !page.contains(code + "）")) {
            page = RestAssured.get("http://127.0.0.1:8080/items/" + code).asString();
            Suite.sleep(500);
        }
        assertTrue(page.contains(newName), "the portal shows the published version");
    }

    static void visit(String path, String heading, String shot) throws Exception {
        browser.get(WORKBENCH + path);
        assertEquals(heading, browser.findElement(By.tagName("h1")).getText(), "the page " + path);
        screenshot(shot);
        noSeriousAccessibilityViolations("workbench " + path);
    }

    static void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /**
     * The complaint handler records a letter (offline intake) from a named submitter and reveals the identity behind a
     * reason and the warning that the reveal is recorded; the assigned section's clerk never sees the identity, and a
     * clerk of another section does not see the case at all.
     */
    @Test
    void aHandlerRecordsALetterAndRevealsTheIdentityOnlyBehindAReasonThatIsRecorded() throws Exception {
        String name = "王工作台" + (System.nanoTime() % 1000);
        signIn("handler");
        visit("/cases", "投诉举报", "workbench-20-case-queue");
        navigating(() -> browser.findElement(By.partialLinkText("登记来件")).click());
        assertEquals("登记来件", browser.findElement(By.tagName("h1")).getText());
        select("i-channel", "LETTER");
        select("i-kind", "REPORT");
        select("i-subject", "OTHER");
        type("i-content", "来信反映某仓库违规储存危险化学品（工作台来件登记测试 " + System.nanoTime() + "）");
        browser.findElement(By.id("i-named")).click();
        type("i-name", name);
        type("i-phone", "13800000000");
        screenshot("workbench-21-offline-intake");
        noSeriousAccessibilityViolations("workbench offline intake");
        press("登记");
        String caseNo = browser.findElement(By.id("receipt-h")).getText().replaceAll(".*案件\\s*", "").trim();
        assertTrue(caseNo.startsWith("JB-") || caseNo.matches("[A-Z]{2}-\\d{4}-\\d{6}"), "a case number is given: " + caseNo);
        screenshot("workbench-22-offline-intake-receipt");
        navigating(() -> browser.findElement(By.partialLinkText("打开案件")).click());
        assertTrue(!text().contains(name), "the case page shows no identity until it is revealed");
        assertTrue(text().contains("查看举报人身份将被记录并接受纪检组监督"), "the warning stands before the reveal: " + text());
        type("reveal-reason", "需电话联系举报人核实仓库具体位置");
        press("查看举报人身份");
        assertTrue(text().contains(name) && text().contains("13800000000"), "the identity, once, behind the reason: " + text());
        screenshot("workbench-23-identity-revealed");
        noSeriousAccessibilityViolations("workbench identity reveal");
        browser.get(WORKBENCH + "/cases/" + caseNo);
        press("受理");
        select("section", "hazchem");
        press("交办");
        signOut();

        signIn("clerk");
        browser.get(WORKBENCH + "/cases/" + caseNo);
        assertTrue(text().contains(caseNo) && !text().contains(name) && !text().contains("13800000000")
                && browser.findElements(By.id("reveal-reason")).isEmpty(), "the assigned section's clerk sees the case, never the identity");
        signOut();
        signIn("clerk2");
        visit("/cases", "投诉举报", "workbench-24-case-queue-other-section");
        assertTrue(!text().contains(caseNo), "a clerk of another section does not see the case");
        signOut();
    }

    /**
     * Every other role's screens open in the browser with no serious accessibility violation: the legal section's
     * law-change register (a change registered), its inbox and spreadsheet load; the auditor's trace search, export
     * and the log's state; the statistics as charts; the admin's sections, channels and holiday notices.
     */
    @Test
    void eachRolesScreensOpenAndWork() throws Exception {
        signIn("legal");
        visit("/law-changes", "法律法规变更与调整义务", "workbench-30-law-changes");
        String law = "惠济区工作台测试办法" + System.nanoTime();
        type("lawTitle", law);
        type("amendedVersion", "2014年8月31日修正");
        select("kind", "AMENDED");
        setDate("effective", "2026-12-01");
        type("document", "惠政〔2026〕1号");
        press("登记");
        assertTrue(text().contains("已登记：《" + law + "》"), "the change is registered: " + text());
        assertTrue(text().contains("2014年8月31日修正") && text().contains("起算日"),
                "the confirmation names the amended version and the day the three working days run from: " + text());
        screenshot("workbench-31-law-change-registered");
        String suggestion = RestAssured.given().contentType("application/json").body(Map.of("kind", "SUGGESTION", "subjectKind", "LISTS",
                        "content", "建议在清单中公开每个事项的办理时限（工作台测试 " + System.nanoTime() + "）", "anonymous", true))
                .post(Suite.COMPLAINT + "/api/v1/cases").then().statusCode(201).extract().path("caseNo");
        visit("/legal", "法制科", "workbench-32-legal-inbox-and-load");
        navigating(() -> browser.findElement(By.linkText(suggestion)).click());
        assertEquals("案件 " + suggestion, browser.findElement(By.tagName("h1")).getText(), "the legal section opens a suggestion of its inbox");
        assertTrue(text().contains("公开每个事项的办理时限") && browser.findElements(By.id("reveal-reason")).isEmpty(),
                "it reads the suggestion, never the identity: " + text());
        visit("/decisions", "双公示", "workbench-32b-decisions");
        assertTrue(text().contains("信用信息导出") && text().contains("录入行政处罚决定"), "the legal section's 双公示 desk: " + text());
        visit("/stats", "统计", "workbench-33-stats");
        assertTrue(!browser.findElements(By.cssSelector("svg[role=img]")).isEmpty(), "statistics are drawn as charts");
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        select("month", thisMonth);
        press("查看");
        assertTrue(browser.findElement(By.id("adj-h")).getText().contains(thisMonth.substring(0, 4) + "年"),
                "per section and month: " + browser.findElement(By.id("adj-h")).getText());
        screenshot("workbench-33b-stats-this-month");
        signOut();

        signIn("auditor");
        visit("/traces", "留痕查询", "workbench-34-traces");
        assertTrue(text().contains("日志完整") || text().contains("缺口"), "the log's state is shown: " + text());
        type("actor", "legal");
        type("subjectPrefix", "request/");
        press("查询");
        assertTrue(text().contains("已核验") || text().contains("尚未写入日志"), "traces with their log check: " + text());
        var subjects = browser.findElements(By.xpath("//td[starts-with(normalize-space(.), 'request/')]"));
        assertTrue(!subjects.isEmpty(), "the subject prefix finds the legal section's steps on requests");
        screenshot("workbench-35-trace-search");
        press("申请导出");
        assertEquals("痕迹导出", browser.findElement(By.tagName("h1")).getText());
        screenshot("workbench-36-trace-export");
        noSeriousAccessibilityViolations("workbench trace export");
        visit("/traces/exports", "痕迹导出记录", "workbench-36b-trace-exports");
        visit("/stats", "统计", "workbench-37-stats-auditor");
        signOut();

        // the discipline group's desk (Art. 21, 29, 31): cards, a spot check announced in the form, accountability, assessment
        signIn("discipline");
        visit("/oversight", "电子监察", "workbench-37b-oversight-cards");
        visit("/oversight/spot-checks", "抽查", "workbench-37c-spot-checks");
        String title = "工作台浏览器测试抽查 " + System.nanoTime();
        type("s-title", title);
        select("s-population", "PUBLISHED_ITEMS");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('s-from').value = '2016-01-01'; document.getElementById('s-to').value = arguments[0];",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        type("s-size", "3");
        press("公告");
        assertEquals("抽查：" + title, browser.findElement(By.tagName("h1")).getText(), "the announced check opens: " + text());
        screenshot("workbench-37d-spot-check-announced");
        noSeriousAccessibilityViolations("workbench spot check");
        visit("/oversight/accountability", "问责", "workbench-37e-accountability");
        visit("/oversight/assessment", "考核", "workbench-37f-assessment");
        signOut();

        signIn("admin");
        visit("/admin", "系统管理", "workbench-38-admin");
        signOut();
    }

    /**
     * Art. 17–19 on the workbench: the legal section registers an entrusted organisation, publishes it once confirmed,
     * entrusts it with a penalty item for a term; imports officers from a spreadsheet — a bad file is refused with every
     * error by row and column, nothing imported — and suspends a certificate. The portal then shows the organisation,
     * and the certificate check answers 暂扣.
     */
    @Test
    void theLegalSectionKeepsTheBodiesAndOfficersRegisters() throws Exception {
        String code = WhoMayEnforceIT.newCreditCode("12");
        String item = RestAssured.given().queryParam("category", "行政处罚").queryParam("size", 1)
                .get(Suite.LIST + "/api/v1/lists/power/items").then().statusCode(200).extract().path("items[0].code");
        signIn("legal");
        visit("/bodies", "执法主体", "workbench-40-bodies");
        navigating(() -> browser.findElement(By.linkText("登记执法主体")).click());
        type("creditCode", code);
        type("name", "工作台测试受委托组织");
        select("kind", "ENTRUSTED");
        type("enforcementCategory", "安全生产监管执法");
        type("legalBasis", "《中华人民共和国行政处罚法》（2009年8月27日修正）第十八条");
        type("confirmationNo", "惠编〔2016〕工作台测试");
        setDate("confirmationDate", "2016-06-30");
        noSeriousAccessibilityViolations("workbench body form");
        press("登记");
        assertTrue(text().contains("执法主体已登记，尚未公告。"), "registered: " + text());
        press("公告");
        assertTrue(text().contains("已公告") || text().contains("撤销公告"), "published: " + text());
        type("entrustingCreditCode", "114101080051883705");
        type("itemCodes", item);
        setDate("entrustFrom", "2016-07-01");
        setDate("entrustTo", java.time.LocalDate.now().plusYears(1).toString());
        type("documentNo", "惠安监委〔2016〕工作台测试");
        setDate("documentDate", "2016-06-28");
        press("登记委托");
        assertTrue(text().contains("委托已登记。") && text().contains(item), "the entrustment is listed: " + text());
        screenshot("workbench-41-body-entrusted");
        noSeriousAccessibilityViolations("workbench body");
        RestAssured.get(Suite.LIST + "/api/v1/authority-check?bodyCode=" + code + "&power=" + item).then().statusCode(200)
                .body("reasonCode", org.hamcrest.Matchers.equalTo("AUTHORIZED"));

        // A spreadsheet with a bad row is refused whole, each error by row and column; the good file is imported.
        String no = "41010896" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String header = "执法证号,姓名,所在单位统一社会信用代码,执法类别,执法区域,发证机关,有效期起,有效期止\n";
        String good = no + ",工作台测试员," + code + ",安全生产监管执法,惠济区,郑州市人民政府法制办公室,2020-01-01,2030-12-31\n";
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("officers-bad", ".csv");
        java.nio.file.Files.writeString(bad, header + good + no + "1,工作台测试员二,不是信用代码,安全生产监管执法,惠济区,发证机关,2020-01-01,2019-12-31\n");
        java.nio.file.Path fine = java.nio.file.Files.createTempFile("officers-good", ".csv");
        java.nio.file.Files.writeString(fine, header + good);
        visit("/officers", "执法人员", "workbench-42-officers");
        browser.findElement(By.id("file")).sendKeys(bad.toString());
        press("导入");
        String errors = browser.findElement(By.xpath("//table[.//th[text()='行']]")).getText();
        assertTrue(errors.contains("3") && errors.contains("所在单位统一社会信用代码") && errors.contains("有效期止"),
                "each error by row and column: " + errors);
        screenshot("workbench-43-import-refused");
        noSeriousAccessibilityViolations("workbench import errors");
        RestAssured.get(Suite.LIST + "/api/v1/officers/" + no).then().statusCode(404);
        browser.findElement(By.id("file")).sendKeys(fine.toString());
        press("导入");
        assertTrue(text().contains("已导入 1 名执法人员。"), "imported: " + text());
        type("q", no);
        press("查询");
        navigating(() -> browser.findElement(By.partialLinkText(no)).click());
        select("status", "SUSPENDED");
        setDate("status-date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        type("status-reason", "工作台测试：暂扣执法证");
        press("变更状态");
        assertTrue(text().contains("执法证状态已变更。") && text().contains("暂扣"), "suspended, in the history: " + text());
        screenshot("workbench-44-officer-suspended");
        noSeriousAccessibilityViolations("workbench officer");
        signOut();

        browser.get(PortalInBrowserIT.PORTAL + "/officers/check?certificate=" + no);
        assertEquals("无效", browser.findElement(By.id("verdict")).getText(), "the public check answers at once");
        browser.get(PortalInBrowserIT.PORTAL + "/bodies?kind=ENTRUSTED");
        assertTrue(text().contains("工作台测试受委托组织"), "the published organisation is on the portal");
    }

    /** Text of an element, for readable assertions. */
    record WebElementText(String text) {
        boolean has(String part) {
            return text.contains(part);
        }
    }
}
