package cn.gov.huiji.fourlists.system;

import io.restassured.RestAssured;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.huiji.fourlists.system.ListsChangeOnlyByPublishedAdjustmentsIT.item;
import static cn.gov.huiji.fourlists.system.ListsChangeOnlyByPublishedAdjustmentsIT.publishedEvent;
import static cn.gov.huiji.fourlists.system.ListsChangeOnlyByPublishedAdjustmentsIT.send;
import static cn.gov.huiji.fourlists.system.ListsChangeOnlyByPublishedAdjustmentsIT.versions;
import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-7 end to end: a penalty item's discretion standards are part of the item, so a change of a range comes only
 * through a published adjustment, becomes a new version, shows in the diff, in the spreadsheet's 裁量基准 sheet and in
 * {@code asOf} reads, and the public assessment answers by the standards in force.
 */
class DiscretionStandardsChangeOnlyByAdjustmentIT {

    static Map<String, Object> standard(long generalTo) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("violation", "未按照规定对从业人员进行安全生产教育和培训");
        s.put("violatedClause", "《中华人民共和国安全生产法》第二十五条第一款");
        s.put("penaltyClause", "《中华人民共和国安全生产法》第九十四条第（三）项");
        s.put("statutoryRange", Map.of("fineFromYuan", 0, "fineToYuan", 50000));
        s.put("levels", List.of(
                Map.of("severity", "MINOR", "circumstances", List.of("未培训人数占从业人员10%以下，并在限期内改正"),
                        "penaltyKinds", List.of("FINE"), "range", Map.of("fineFromYuan", 0, "fineToYuan", 10000)),
                Map.of("severity", "GENERAL", "circumstances", List.of("未培训人数占从业人员10%以上30%以下"),
                        "penaltyKinds", List.of("FINE"), "range", Map.of("fineFromYuan", 10000, "fineToYuan", generalTo)),
                Map.of("severity", "GRAVE", "circumstances", List.of("逾期未改正"),
                        "penaltyKinds", List.of("FINE", "ORDER_SUSPENSION"),
                        "range", Map.of("fineFromYuan", generalTo, "fineToYuan", 50000), "otherPenalties", "责令停产停业整顿")));
        s.put("noPenalty", List.of("首次违法且危害后果轻微并及时改正的"));
        s.put("sourceNote", "系统测试数据");
        return s;
    }

    @Test
    void aChangedRangeComesOnlyThroughAPublishedAdjustmentAndShowsInDiffExportAndAsOf() throws Exception {
        String code = String.format("6%011d", System.nanoTime() % 100_000_000_000L);
        Map<String, Object> first = item(code, "对生产经营单位未按规定对从业人员进行安全生产教育和培训的处罚（裁量基准系统测试）",
                "2014年8月31日修正", "第九十四条");
        first.put("discretion", List.of(standard(30000)));
        as("legal").contentType("application/json").body(first).post(LIST + "/api/v1/lists/power/items").then().statusCode(201);

        // Overlapping levels are refused at the door, naming where (R-LIST-7: levels do not overlap).
        Map<String, Object> overlapping = new LinkedHashMap<>(first);
        overlapping.put("code", String.format("6%011d", (System.nanoTime() + 7) % 100_000_000_000L));
        Map<String, Object> broken = standard(30000);
        broken.put("levels", List.of(((List<?>) standard(30000).get("levels")).get(1),
                Map.of("severity", "GRAVE", "circumstances", List.of("逾期未改正"), "penaltyKinds", List.of("FINE"),
                        "range", Map.of("fineFromYuan", 20000, "fineToYuan", 50000))));
        overlapping.put("discretion", List.of(broken));
        as("legal").contentType("application/json").body(overlapping).post(LIST + "/api/v1/lists/power/items")
                .then().statusCode(400).body("errors[0].field", containsString("discretion"));

        // The public assessment by the standards in force: 35,000 元 is outside 一般 (10,000–30,000).
        RestAssured.given().contentType("application/json")
                .body(Map.of("violation", "0", "severity", "GENERAL", "fineYuan", 35000))
                .post(LIST + "/api/v1/items/" + code + "/discretion/assess").then().statusCode(200)
                .body("withinRange", equalTo(false)).body("reasonZh", containsString("一般"));

        // The legal section cannot edit the published standard directly: only an adjustment changes it (Art. 22, 26).
        Map<String, Object> amended = new LinkedHashMap<>(first);
        amended.put("discretion", List.of(standard(40000)));
        as("legal").contentType("application/json").body(amended).post(LIST + "/api/v1/lists/power/items")
                .then().statusCode(409);

        // The published adjustment takes effect from its publication time; published for the day after tomorrow.
        OffsetDateTime effective = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2);
        UUID requestId = UUID.randomUUID();
        send("request/" + requestId, Signer.as("adjustment-service", publishedEvent(requestId, code, amended, effective)));
        long deadline = System.currentTimeMillis() + 60_000;
        while (versions(code) < 2 && System.currentTimeMillis() < deadline) {
            Suite.sleep(250);
        }
        assertEquals(2, versions(code), "list-service applied the published change of the standard as version 2");

        RestAssured.get(LIST + "/api/v1/items/" + code + "/diff?from=1&to=2").then().statusCode(200)
                .body("changes.field", org.hamcrest.Matchers.hasItem(containsString("discretion")));
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        String after = effective.plusDays(1).toLocalDate().toString();
        RestAssured.get(LIST + "/api/v1/items/" + code + "/discretion?level=GENERAL&asOf=" + today).then().statusCode(200)
                .body("standards[0].levels[0].range.fineToYuan", equalTo(30000));
        RestAssured.get(LIST + "/api/v1/items/" + code + "/discretion?level=GENERAL&asOf=" + after).then().statusCode(200)
                .body("version", equalTo(2)).body("standards[0].levels[0].range.fineToYuan", equalTo(40000));
        RestAssured.given().contentType("application/json")
                .body(Map.of("violation", "0", "severity", "GENERAL", "fineYuan", 35000, "date", after))
                .post(LIST + "/api/v1/items/" + code + "/discretion/assess").then().statusCode(200)
                .body("withinRange", equalTo(true));

        byte[] xlsx = RestAssured.get(LIST + "/api/v1/lists/power/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        List<String> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("裁量基准");
            assertNotNull(sheet, "the export has a second sheet 裁量基准");
            DataFormatter f = new DataFormatter();
            for (Row r : sheet) {
                StringBuilder line = new StringBuilder();
                for (Cell c : r) {
                    line.append(f.formatCellValue(c)).append('|');
                }
                if (line.indexOf(code) >= 0) {
                    rows.add(line.toString());
                }
            }
        }
        assertEquals(3, rows.size(), "one row per level of the item's standard in the export: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("一般") && (r.contains("40000") || r.contains("4万") || r.contains("40,000"))),
                "the exported 一般 level shows the range in force now: " + rows);
    }
}
