package cn.gov.huiji.fourlists.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal (一网) in a real browser — Debian's headless Chromium: search for an item, open it, submit a complaint,
 * track it. Every page is saved as a screenshot (target/screenshots) and checked with axe-core: no serious or
 * critical accessibility violation.
 */
class PortalInBrowserIT {

    static final String PORTAL = "http://127.0.0.1:8080";
    static final Path SHOTS = Path.of("target/screenshots");
    static WebDriver browser;
    static String axe;

    @BeforeAll
    static void openTheBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        axe = Files.readString(Path.of(System.getProperty("fourlists.axe")));
        browser = newBrowser();
    }

    /** A browser of its own (own profile, own cookies): a second user's session beside the first. */
    static WebDriver newBrowser() throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1024,900", "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** axe-core in the page: the serious and critical violations, as readable lines. */
    @SuppressWarnings("unchecked")
    static void noSeriousAccessibilityViolations(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<String> violations = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))
                  .catch(e => done(['axe failed: ' + e]));""");
        assertEquals(List.of(), violations, page + ": serious or critical accessibility violations");
    }

    static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    void searchOpenAnItemSubmitAComplaintAndTrackIt() throws Exception {
        browser.get(PORTAL + "/");
        assertTrue(browser.getTitle().contains("首页"), browser.getTitle());
        assertTrue(text().contains("行政权责清单") && text().contains("投诉举报电话") && text().contains("最新调整公示"),
                "the home page shows the lists, the latest adjustments and the channels");
        screenshot("01-home");
        noSeriousAccessibilityViolations("home");

        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("烟花爆竹");
        search.submit();
        assertTrue(browser.getCurrentUrl().contains("/lists/power"), browser.getCurrentUrl());
        List<WebElement> results = browser.findElements(By.cssSelector("table.items tbody a"));
        assertTrue(!results.isEmpty() && results.get(0).getText().contains("烟花爆竹"), "a search for 烟花爆竹 finds its items first");
        screenshot("02-search");
        noSeriousAccessibilityViolations("search results");

        results.get(0).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("烟花爆竹"), "the item page shows the item");
        assertTrue(text().contains("实施依据") && text().contains("责任事项") && text().contains("历史版本"), "the item's elements");
        Object flowWidth = ((JavascriptExecutor) browser).executeScript(
                "const i = document.querySelector('img.flow'); return i.complete ? i.naturalWidth : 0;");
        assertTrue(((Number) flowWidth).intValue() > 0, "the flow chart is drawn");
        screenshot("03-item");
        noSeriousAccessibilityViolations("item");

        browser.get(PORTAL + "/complaints/new");
        browser.findElement(By.cssSelector("input[name=kind][value=SUGGESTION]")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("subjectKind"))).selectByValue("ITEM");
        browser.findElement(By.id("subjectRef")).sendKeys("410108-AJ-XK-002");
        browser.findElement(By.id("content")).sendKeys("建议精简烟花爆竹零售许可的申请材料（浏览器测试 " + System.nanoTime() + "）");
        screenshot("04-complaint-form");
        noSeriousAccessibilityViolations("complaint form");
        browser.findElement(By.cssSelector("form.complaint button[type=submit]")).click();
        // the receipt is a new page: wait for it rather than race the submission
        String caseNo = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("caseNo"))).getText();
        String code = browser.findElement(By.id("queryCode")).getText();
        assertTrue(caseNo.matches("JY-\\d{4}-\\d{6}") && code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), caseNo + " " + code);
        assertTrue(text().contains("查询码只显示这一次"), "a plain warning to keep the code");
        screenshot("05-receipt");
        noSeriousAccessibilityViolations("receipt");

        browser.findElement(By.linkText("查询办理进度")).click();
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.cssSelector("form.track button[type=submit]")).click();
        // the answer is a new page: wait for it rather than race the submission (seen once with two instances)
        String state = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("state"))).getText();
        assertEquals("已接收", state, "the tracking page shows the state");
        assertTrue(!browser.getCurrentUrl().contains(code), "the query code is posted, never put in a URL: " + browser.getCurrentUrl());
        screenshot("06-track");
        noSeriousAccessibilityViolations("tracking");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(PORTAL + "/lists/power?q=危险化学品");
        screenshot("07-phone-search");
        browser.manage().window().setSize(new Dimension(1024, 900));
    }

    /**
     * Art. 16–19 on the portal: the published bodies, the officers found by name or certificate, a certificate checked
     * for a day, and a penalty item's discretion standards, each page in Chinese and without serious violations.
     */
    @Test
    void whoMayEnforceAndHowFarIsPublic() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(PORTAL + "/");
        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.linkText("执法主体公示")).click());
        assertEquals("执法主体公示", browser.findElement(By.tagName("h1")).getText());
        assertTrue(text().contains("惠济区安全生产监督管理局") && text().contains("114101080051883705"),
                "the bureau is a published body: " + text());
        screenshot("08-bodies");
        noSeriousAccessibilityViolations("bodies");
        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.linkText("惠济区安全生产监督管理局")).click());
        assertTrue(text().contains("执法类别") && text().contains("确认文号"), "the body's record");
        noSeriousAccessibilityViolations("body");

        // A certificate registered now, found by its number and checked for today.
        String certificate = "41010897" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Suite.as("legal").contentType("application/json").body(java.util.Map.of("certificateNo", certificate,
                        "name", "浏览器测试员", "unitCreditCode", "114101080051883705", "category", "安全生产监管执法", "area", "惠济区",
                        "issuingAuthority", "郑州市人民政府法制办公室", "validFrom", "2020-01-01", "validTo", "2030-12-31"))
                .post(Suite.LIST + "/api/v1/officers").then().statusCode(201);
        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.linkText("执法人员公示")).click());
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys(certificate);
        WorkbenchInBrowserIT.navigating(q::submit);
        assertTrue(text().contains("浏览器测试员") && text().contains("有效"), "the officer is found by certificate: " + text());
        screenshot("09-officers");
        noSeriousAccessibilityViolations("officers");
        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.linkText(certificate)).click());
        assertEquals("有效", browser.findElement(By.id("verdict")).getText(), "the certificate is valid today");
        assertTrue(browser.findElement(By.id("verdict-text")).getText().contains("惠济区安全生产监督管理局"));
        assertTrue(!java.util.regex.Pattern.compile("\\d{6}(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[0-9X]")
                .matcher(text()).find(), "no identity number anywhere on the page");
        screenshot("10-certificate-check");
        noSeriousAccessibilityViolations("certificate check");

        // A penalty item with standards: the levels, their circumstances and ranges in words.
        String code = String.format("5%011d", System.nanoTime() % 100_000_000_000L);
        var item = ListsChangeOnlyByPublishedAdjustmentsIT.item(code, "对未按规定进行安全生产教育和培训的处罚（浏览器测试）",
                "2014年8月31日修正", "第九十四条");
        item.put("discretion", List.of(DiscretionStandardsChangeOnlyByAdjustmentIT.standard(30000)));
        Suite.as("legal").contentType("application/json").body(item).post(Suite.LIST + "/api/v1/lists/power/items")
                .then().statusCode(201);
        browser.get(PORTAL + "/items/" + code);
        assertEquals("行政处罚自由裁量基准", browser.findElement(By.id("disc-h")).getText());
        String levels = browser.findElement(By.cssSelector("table.levels")).getText();
        assertTrue(levels.contains("一般") && levels.contains("1万元至3万元") && levels.contains("责令停产停业"),
                "the levels table reads in words: " + levels);
        screenshot("11-discretion");
        noSeriousAccessibilityViolations("discretion");

        // 职权核验: the bureau, this item and the officer's certificate today; then a power it does not hold.
        browser.get(PORTAL + "/authority-check");
        browser.findElement(By.id("bodyCode")).sendKeys("114101080051883705");
        browser.findElement(By.id("power")).sendKeys(code);
        browser.findElement(By.id("certificate")).sendKeys(certificate);
        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.xpath("//button[text()='核验']")).click());
        assertEquals("有权", browser.findElement(By.id("verdict")).getText(), text());
        assertTrue(browser.findElement(By.id("officer-verdict")).getText().contains(certificate), "the certificate's answer");
        screenshot("12-authority-check");
        noSeriousAccessibilityViolations("authority check");
        browser.get(PORTAL + "/authority-check?bodyCode=114101080051883705&power="
                + java.net.URLEncoder.encode("浏览器测试：本局清单上没有的权力", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("无权", browser.findElement(By.id("verdict")).getText());
        assertEquals("法无授权不可为", browser.findElement(By.id("reason-code")).getText());

        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.linkText("信用公示")).click());
        assertEquals("信用公示", browser.findElement(By.tagName("h1")).getText());
        noSeriousAccessibilityViolations("credit disclosure");
        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.id("penalties-card")).click());
        assertEquals("行政处罚公示", browser.findElement(By.tagName("h1")).getText());
        screenshot("13-penalty-disclosures");
        noSeriousAccessibilityViolations("penalty disclosures");

        // 抽查公示 (Art. 21, 29): the discipline group's announced spot checks, their seed and sample, for anyone to recompute
        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.linkText("抽查公示")).click());
        assertEquals("抽查公示", browser.findElement(By.tagName("h1")).getText());
        screenshot("13b-spot-checks");
        noSeriousAccessibilityViolations("spot checks");

        WorkbenchInBrowserIT.navigating(() -> browser.findElement(By.linkText("审批事项清单")).click());
        assertEquals("行政审批事项清单", browser.findElement(By.tagName("h1")).getText());
        assertTrue(text().contains("危险化学品经营许可证核发"), "the approval list holds the licensing items");
        noSeriousAccessibilityViolations("approval list");
        browser.manage().window().setSize(new Dimension(1024, 900));
    }
}
