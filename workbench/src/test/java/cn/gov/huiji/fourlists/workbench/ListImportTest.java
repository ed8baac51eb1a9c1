package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.ListImport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-LIST-4: the first load of a list; nothing is loaded unless every row is right, and every error is shown. */
class ListImportTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRefusedSpreadsheetBecomesTheTableOfRowsColumnsAndErrorsInTheServicesOrder() throws Exception {
        var problem = JSON.readTree("""
                {"type":"urn:fourlists:problem:validation","title":"Invalid input","titleZh":"输入有误","status":400,
                 "detail":"3 error(s) in the spreadsheet; nothing was imported.","detailZh":"表格中有 3 处错误，未导入任何事项。",
                 "errors":[{"field":"row[4].事项名称","message":"must not be blank","messageZh":"不能为空"},
                           {"field":"row[4].承办机构","message":"unknown section","messageZh":"没有该科室（队）：安监科"},
                           {"field":"row[7].事项编码","message":"code repeats row 5","messageZh":"编码 410108-AJ-XK-002 与第 5 行重复"}]}""");
        ListImport.Outcome outcome = ListImport.refused(problem);
        assertFalse(outcome.loaded(), "a refusal is not a load");
        assertEquals("表格中有 3 处错误，未导入任何事项。", outcome.summary(), "the service's Chinese summary heads the table");
        assertEquals(List.of(new ListImport.Error("4", "事项名称", "不能为空"),
                        new ListImport.Error("4", "承办机构", "没有该科室（队）：安监科"),
                        new ListImport.Error("7", "事项编码", "编码 410108-AJ-XK-002 与第 5 行重复")),
                outcome.errors(), "row[N].列 becomes (行 N, 列), in the order list-service reported them");
    }

    @Test
    void headerAndWholeFileErrorsAreNamedWithoutARowNumber() throws Exception {
        var problem = JSON.readTree("""
                {"detailZh":"表格中有 2 处错误，未导入任何事项。",
                 "errors":[{"field":"header.追责情形","messageZh":"缺少列：追责情形"},{"field":"header","messageZh":"缺少表头行"},
                           {"field":"file","messageZh":"文件无法读取"}]}""");
        assertEquals(List.of(new ListImport.Error("表头", "追责情形", "缺少列：追责情形"), new ListImport.Error("表头", "—", "缺少表头行"),
                        new ListImport.Error("—", "—", "文件无法读取")),
                ListImport.errors(problem), "no English field names reach the legal section");
    }

    @Test
    void aLoadSaysHowManyItemsAndWhich() throws Exception {
        ListImport.Outcome outcome = ListImport.loaded(JSON.readTree("""
                {"imported":2,"codes":["410108-AJ-XK-001","410108-AJ-XK-002"]}"""));
        assertTrue(outcome.loaded(), "a 201 is a load");
        assertEquals(2, outcome.imported());
        assertEquals(List.of("410108-AJ-XK-001", "410108-AJ-XK-002"), outcome.codes());
    }

    @Test
    void theFileGoesAsTheKindItsNameSaysAndOnlyXlsxOrCsv() {
        assertEquals(Optional.of(ListImport.XLSX), ListImport.mediaType("权责清单.XLSX"));
        assertEquals(Optional.of("text/csv"), ListImport.mediaType("权责清单.csv"));
        assertEquals(Optional.empty(), ListImport.mediaType("权责清单.xls"), "the old .xls format is not the published layout");
        assertEquals(Optional.empty(), ListImport.mediaType(null));
    }

    @Test
    void theFourListsOfArticleOneByTheirChineseNames() {
        assertEquals(List.of("行政权责", "行政审批", "行政事业性收费", "政府性基金"), ListImport.LISTS.stream().map(ListImport.ListChoice::name).toList());
        assertEquals("fee", ListImport.list("FEE").orElseThrow().path(), "list-service names the list by its path segment");
        assertTrue(ListImport.list("OTHER").isEmpty(), "no fifth list");
    }
}
