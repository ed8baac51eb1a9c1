package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.ItemDiff;
import cn.gov.huiji.fourlists.workbench.service.RequestForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clerk's form covers the whole R-LIST-2 item, becomes the request adjustment-service takes, and shows its errors. */
class RequestFormTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, List<String>> posted() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("triggerKind", List.of("LAW_AMENDED_OR_REPEALED"));
        f.put("triggerDate", List.of("2026-11-20"));
        f.put("changeKind", List.of("MODIFY"));
        f.put("targetItemCode", List.of("410108-AJ-CF-001"));
        f.put("summary", List.of(" 《安全生产法》2021年修正，罚则条款序号变化 "));
        // two document rows on the page, the second left empty
        f.put("doc.title", List.of("中华人民共和国安全生产法（2021年修正）", ""));
        f.put("doc.number", List.of("主席令第八十八号", ""));
        f.put("doc.date", List.of("2021-06-10", ""));
        f.put("item.code", List.of("410108-AJ-CF-001"));
        f.put("item.list", List.of("POWER"));
        f.put("item.name", List.of("对未取得安全生产许可证擅自进行生产的处罚"));
        f.put("item.category", List.of("行政处罚"));
        f.put("item.section", List.of("hazchem"));
        f.put("item.promisedLimitDays", List.of("15"));
        f.put("basis.level", List.of("LAW", "LAW", "LAW"));
        f.put("basis.title", List.of("中华人民共和国安全生产法", "", ""));
        f.put("basis.version", List.of("2021年6月10日修正", "", ""));
        f.put("basis.article", List.of("第九十五条", "", ""));
        f.put("basis.excerpt", List.of("", "", ""));
        f.put("step.step", List.of("立案", "调查", ""));
        f.put("step.role", List.of("执法人员", "", ""));
        f.put("step.timeLimitDays", List.of("5", "10", ""));
        f.put("sup.inProcess", List.of("现场检查\n\n 抽查记录 "));
        f.put("mat.name", List.of("安全生产许可证申请书"));
        f.put("mat.required", List.of("true"));
        f.put("mat.note", List.of(""));
        return f;
    }

    @Test
    void aFilledFormBecomesTheRequestAdjustmentServiceTakes() throws Exception {
        JsonNode body = RequestForm.toJson(RequestForm.read(posted()));
        assertEquals("《安全生产法》2021年修正，罚则条款序号变化", body.path("summary").asText(), "values are trimmed");
        assertEquals(1, body.path("documents").size(), "an empty row is no document: " + body.path("documents"));
        assertEquals("主席令第八十八号", body.path("documents").path(0).path("number").asText());
        JsonNode item = body.path("proposedItem");
        assertEquals(15, item.path("promisedLimitDays").asInt(), "numbers go as numbers");
        assertTrue(item.path("promisedLimitDays").isInt());
        assertEquals(1, item.path("legalBasis").size(), "a row with only its select set is no citation");
        assertEquals("第九十五条", item.path("legalBasis").path(0).path("article").asText());
        assertEquals(2, item.path("processFlow").size());
        assertEquals(10, item.path("processFlow").path(1).path("timeLimitDays").asInt());
        assertEquals(JSON.readTree("[\"现场检查\",\"抽查记录\"]"), item.path("supervision").path("inProcess"), "one measure per line");
        assertTrue(item.path("materials").path(0).path("required").booleanValue(), "必须提交 is true");
        assertTrue(!item.has("fee") && !item.has("remarks"), "empty inputs are left out: " + item);
    }

    @Test
    void aStoredRequestFillsTheFormAgainUnchanged() {
        RequestForm.Values read = RequestForm.read(posted());
        JsonNode body = RequestForm.toJson(read);
        assertEquals(body, RequestForm.toJson(RequestForm.fromJson(body)), "what is saved comes back into the same inputs");
    }

    @Test
    void eachFieldErrorOfTheServiceStandsBesideItsFieldAndTheRestAboveTheForm() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("proposedItem.legalBasis[0].title", "不能为空");
        errors.put("documents[0].date", "不能为null");
        errors.put("summary", "不能为空");
        errors.put("proposedItem", "收费清单事项必须填写收费标准");
        List<String> unplaced = new ArrayList<>();
        var page = RequestForm.page(RequestForm.read(posted()), errors, unplaced);
        var trigger = page.get(0);
        assertEquals("不能为空", trigger.fields().stream().filter(f -> f.name().equals("summary")).findFirst().orElseThrow().error());
        var docDate = trigger.tables().get(0).rows().get(0).cells().stream().filter(c -> c.name().equals("doc.date")).findFirst().orElseThrow();
        assertEquals("不能为null", docDate.error(), "row 1's date cell");
        var basisTitle = page.get(2).tables().get(0).rows().get(0).cells().stream().filter(c -> c.name().equals("basis.title")).findFirst().orElseThrow();
        assertEquals("不能为空", basisTitle.error());
        assertEquals(List.of("proposedItem：收费清单事项必须填写收费标准"), unplaced, "an error about the whole item is shown above the form");
        assertEquals(1 + RequestForm.EMPTY_ROWS, page.get(2).tables().get(0).rows().size(), "filled rows plus empty ones to add more");
    }

    @Test
    void theDiffShowsChangedAddedAndDroppedElementsAsPeopleReadThem() throws Exception {
        JsonNode inForce = JSON.readTree("""
                {"code":"410108-AJ-CF-001","version":1,"content":{"code":"410108-AJ-CF-001","list":"POWER","name":"对未取得安全生产许可证擅自进行生产的处罚",
                 "category":"行政处罚","section":"hazchem","remarks":"旧备注",
                 "legalBasis":[{"level":"LAW","title":"中华人民共和国安全生产法","version":"2014年8月31日修正","article":"第九十四条"}]}}""");
        JsonNode proposed = JSON.readTree("""
                {"code":"410108-AJ-CF-001","list":"POWER","name":"对未取得安全生产许可证擅自进行生产的处罚","category":"行政处罚","section":"hazchem",
                 "promisedLimitDays":15,
                 "legalBasis":[{"level":"LAW","title":"中华人民共和国安全生产法","version":"2021年6月10日修正","article":"第九十五条"}]}""");
        var diff = ItemDiff.of(proposed, inForce);
        assertEquals(List.of("remarks", "legalBasis", "promisedLimitDays"),
                diff.stream().map(ItemDiff.Change::field).sorted((a, b) -> order(a) - order(b)).toList(), diff.toString());
        var basis = diff.stream().filter(c -> c.field().equals("legalBasis")).findFirst().orElseThrow();
        assertTrue(basis.proposed().contains("第九十五条") && !basis.proposed().contains("{"), "read as text, not JSON: " + basis.proposed());
        var remarks = diff.stream().filter(c -> c.field().equals("remarks")).findFirst().orElseThrow();
        assertEquals("（无）", remarks.proposed(), "an element the proposal drops shows as removed");
    }

    static int order(String field) {
        return List.of("remarks", "legalBasis", "promisedLimitDays").indexOf(field);
    }
}
