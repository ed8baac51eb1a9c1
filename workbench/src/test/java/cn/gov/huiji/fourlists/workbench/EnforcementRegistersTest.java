package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.BodyForm;
import cn.gov.huiji.fourlists.workbench.service.EnforcementBodies;
import cn.gov.huiji.fourlists.workbench.service.EntrustmentForm;
import cn.gov.huiji.fourlists.workbench.service.ListImport;
import cn.gov.huiji.fourlists.workbench.service.OfficerForm;
import cn.gov.huiji.fourlists.workbench.service.Officers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-8, R-LIST-9: the legal section's forms for bodies, entrustments and officers become the bodies list-service
 * takes, say in Chinese what cannot be sent, and the registers read as the law speaks of them.
 */
class EnforcementRegistersTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.parse("2017-01-10");

    @Test
    void aBodyIsSentWithItsFieldsTrimmedAndItsEmptyFieldsLeftForTheServiceToName() {
        BodyForm form = new BodyForm(" 114101080051883705 ", "惠济区安全生产监督管理局", "STATUTORY", "安全生产监管执法",
                "《中华人民共和国安全生产法》第九条", "", "2016-06-31");
        assertEquals(List.of("确认日期应为 YYYY-MM-DD 格式的日期，例如 2016-07-01。"), form.problems(), "June has no 31st");
        JsonNode body = form.toJson();
        assertEquals("114101080051883705", body.path("creditCode").asText());
        assertFalse(body.has("confirmationNo"), "an empty field is left out: " + body);
        assertEquals(List.of("STATUTORY", "AUTHORIZED", "ENTRUSTED"), List.copyOf(BodyForm.KINDS.keySet()));
        assertEquals("受委托组织", BodyForm.KINDS.get("ENTRUSTED"));
    }

    @Test
    void anEntrustmentNamesEachItemOnceAndItsTermInOrder() {
        EntrustmentForm form = new EntrustmentForm("114101080051883705", "410108-AJ-CF-001\n410108-AJ-CF-002、410108-AJ-CF-001， 410108-AJ-CF-003",
                "2018-07-01", "2016-06-30", "惠安监委〔2016〕3号", "2016-06-28");
        assertEquals(List.of("410108-AJ-CF-001", "410108-AJ-CF-002", "410108-AJ-CF-003"), form.codes());
        assertEquals(List.of("委托期限起 2018-07-01 晚于委托期限止 2016-06-30。"), form.problems());
        assertEquals(3, form.toJson().path("itemCodes").size());
        assertEquals("2016-06-28", form.toJson().path("documentDate").asText());
    }

    @Test
    void anOfficersRecordHasNoIdentityNumberAndAStatusIsOneOfThree() {
        JsonNode body = new OfficerForm("41010816001", "张明", "114101080051883705", "安全生产监管执法", "惠济区", "郑州市人民政府法制办公室",
                "2016-07-01", "2027-06-30").toJson();
        List<String> fields = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("certificateNo", "name", "unitCreditCode", "category", "area", "issuingAuthority", "validFrom", "validTo"),
                fields, "the register never holds a personal identity number");
        assertEquals(List.of("有效", "注销", "暂扣"), List.copyOf(OfficerForm.StatusChange.STATUSES.values()));
        assertEquals(List.of("请选择执法证状态：有效、注销或暂扣。"), new OfficerForm.StatusChange("LOST", "2017-03-01", "遗失").problems());
        assertEquals("SUSPENDED", new OfficerForm.StatusChange("SUSPENDED", "2017-03-01", " 涉嫌违纪 ").toJson().path("status").asText());
    }

    @Test
    void anEntrustmentReadsWhetherItGivesAuthorityToday() throws Exception {
        JsonNode body = JSON.readTree("""
                {"creditCode":"12410108MB1A04537P","name":"惠济区安全生产执法监察大队","kind":"ENTRUSTED","kindZh":"受委托组织",
                 "enforcementCategory":"安全生产监管执法","legalBasis":"委托","confirmationNo":"惠编〔2016〕12号","confirmationDate":"2016-06-30",
                 "published":true,"version":2,"validFrom":"2016-07-01T01:00:00Z","entrustments":[
                  {"id":"e1","entrustingBody":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},"itemCodes":["410108-AJ-CF-001","410108-AJ-CF-002"],
                   "validFrom":"2016-07-01","validTo":"2018-06-30","documentNo":"惠安监委〔2016〕3号","documentDate":"2016-06-28","revoked":false,"inTerm":true},
                  {"id":"e2","entrustingBody":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},"itemCodes":["410108-AJ-CF-003"],
                   "validFrom":"2016-07-01","validTo":"2016-12-31","documentNo":"惠安监委〔2016〕4号","revoked":false,"inTerm":false},
                  {"id":"e3","entrustingBody":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},"itemCodes":["410108-AJ-CF-004"],
                   "validFrom":"2017-07-01","validTo":"2018-06-30","documentNo":"惠安监委〔2017〕1号","revoked":false,"inTerm":false},
                  {"id":"e4","entrustingBody":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},"itemCodes":["410108-AJ-CF-005"],
                   "validFrom":"2016-07-01","validTo":"2018-06-30","documentNo":"惠安监委〔2016〕5号","revoked":true,"revokedOn":"2017-01-05","revokedReason":"受托组织撤销","inTerm":false}]}""");
        EnforcementBodies.Body b = EnforcementBodies.of(body, TODAY);
        assertTrue(b.entrusted() && b.confirmed() && b.published());
        assertEquals("2016-07-01 09:00", b.since(), "the version's time in the bureau's zone");
        assertEquals(List.of("在委托期限内", "已过委托期限", "尚未开始（自 2017-07-01 起）", "已于 2017-01-05 终止：受托组织撤销"),
                b.entrustments().stream().map(EnforcementBodies.Entrustment::stateName).toList());
        assertEquals(List.of(true, false, false, false), b.entrustments().stream().map(EnforcementBodies.Entrustment::inForce).toList());
        assertEquals("410108-AJ-CF-001、410108-AJ-CF-002", b.entrustments().get(0).itemCodes());
        assertEquals("惠安监委〔2016〕3号（2016-06-28）", b.entrustments().get(0).document());
    }

    @Test
    void anUnconfirmedBodyReadsAsSuchInTheRegister() throws Exception {
        var rows = EnforcementBodies.rows(JSON.readTree("""
                [{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局","kind":"STATUTORY","published":false}]"""));
        assertEquals("尚未确认", rows.get(0).confirmation());
        assertEquals("未确认，未公告", rows.get(0).stateName());
        assertEquals("法定", rows.get(0).kindName(), "the kind's name when the service gives none");
        assertEquals("/bodies/114101080051883705", rows.get(0).link());
    }

    @Test
    void anOfficerFoundReadsWithTheirStatusHistoryAndWhetherTheCertificateHasLapsed() throws Exception {
        JsonNode o = JSON.readTree("""
                {"certificateNo":"41010816001","name":"张明","unit":{"creditCode":"114101080051883705","name":"惠济区安全生产监督管理局"},
                 "category":"安全生产监管执法","area":"惠济区","issuingAuthority":"郑州市人民政府法制办公室","validFrom":"2014-07-01","validTo":"2016-12-31",
                 "status":"SUSPENDED","statusZh":"暂扣","statusDate":"2016-11-01","statusReason":"涉嫌违纪",
                 "statusHistory":[{"status":"VALID","statusZh":"有效","date":"2014-07-01","recordedAt":"2014-07-01T00:30:00Z"},
                                  {"status":"SUSPENDED","statusZh":"暂扣","date":"2016-11-01","reason":"涉嫌违纪","recordedAt":"2016-11-01T02:00:00Z"}]}""");
        Officers.Officer officer = Officers.of(o, TODAY);
        assertTrue(officer.lapsed(), "valid to 2016-12-31, read on 2017-01-10");
        assertEquals(List.of("有效", "暂扣"), officer.history().stream().map(Officers.StatusLine::statusName).toList());
        assertEquals("2016-11-01 10:00", officer.history().get(1).recordedAt());
        assertEquals(OfficerForm.of(o).unitCreditCode(), "114101080051883705", "the renewal form starts from the unit's code");
        var results = Officers.results(JSON.readTree("{\"items\":[" + o + "],\"page\":1,\"size\":20,\"total\":41}"));
        assertEquals(2, results.page(), "pages count from 1 on the page");
        assertEquals(3, results.pages());
        assertTrue(results.hasPrevious() && results.hasNext());
        assertEquals("/officers/41010816001", results.rows().get(0).link());
        assertFalse(results.rows().get(0).valid(), "a suspended certificate reads muted");
    }

    @Test
    void aRefusedImportListsEveryErrorByRowAndColumn() throws Exception {
        var outcome = Officers.refused("执法人员.csv", JSON.readTree("""
                {"status":400,"titleZh":"输入有误","detailZh":"表格中有 3 处错误，未导入任何执法人员。",
                 "errors":[{"row":3,"column":"有效期止","message":"not a date","messageZh":"不是日期：2027-02-30"},
                           {"row":5,"column":"所在单位统一社会信用代码","messageZh":"没有该执法主体：114101080051883706"},
                           {"field":"header.发证机关","messageZh":"缺少列：发证机关"}]}"""));
        assertFalse(outcome.loaded());
        assertEquals("表格中有 3 处错误，未导入任何执法人员。", outcome.summary());
        assertEquals(List.of(new ListImport.Error("3", "有效期止", "不是日期：2027-02-30"),
                new ListImport.Error("5", "所在单位统一社会信用代码", "没有该执法主体：114101080051883706"),
                new ListImport.Error("表头", "发证机关", "缺少列：发证机关")), outcome.errors());
        assertTrue(Officers.imported("执法人员.xlsx", JSON.readTree("{\"imported\":12}")).loaded());
    }
}
