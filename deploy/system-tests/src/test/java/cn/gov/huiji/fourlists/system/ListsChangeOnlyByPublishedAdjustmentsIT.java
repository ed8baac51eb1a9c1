package cn.gov.huiji.fourlists.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static cn.gov.huiji.fourlists.system.Suite.awaitTraces;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-LIST-3..5 end to end: a published adjustment, fed to Kafka as adjustment-service emits it, becomes the item's new
 * version in search, history, diff and export, with its trace in audit-service; the same event again changes nothing;
 * a bad spreadsheet is refused whole.
 */
class ListsChangeOnlyByPublishedAdjustmentsIT {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final String BUREAU = "114101080051883705";

    static Map<String, Object> item(String code, String name, String basisVersion, String article) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("list", "POWER");
        m.put("name", name);
        m.put("category", "行政处罚");
        m.put("implementingBody", Map.of("name", "惠济区安全生产监督管理局", "creditCode", BUREAU));
        m.put("section", "enforcement-brigade");
        m.put("legalBasis", List.of(Map.of("level", "LAW", "title", "中华人民共和国安全生产法", "version", basisVersion,
                "article", article, "excerpt", "生产经营单位未按照规定对从业人员进行安全生产教育和培训的，责令限期改正，可以处五万元以下的罚款。")));
        m.put("duties", List.of(Map.of("stage", "立案责任", "content", "发现未按规定开展安全生产教育和培训的违法行为，予以审查，决定是否立案。")));
        return m;
    }

    /** The CloudEvent adjustment-service's outbox relay puts on adjustment-events when the legal section publishes. */
    static String publishedEvent(UUID requestId, String code, Map<String, Object> proposed) throws Exception {
        return publishedEvent(requestId, code, proposed, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The same, published at {@code time}: list-service makes the new version valid from the event's time. */
    static String publishedEvent(UUID requestId, String code, Map<String, Object> proposed, OffsetDateTime time) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", requestId.toString());
        data.put("action", "PUBLISH");
        data.put("changeKind", "MODIFY");
        data.put("targetItemCode", code);
        data.put("proposedItem", proposed);
        String dataJson = JSON.writeValueAsString(data);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "fourlists/adjustment-service");
        event.put("type", "fourlists.adjustment.request.published");
        event.put("subject", "request/" + requestId);
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.put("sequence", "0000000000000000001"); // the CloudEvents Sequence extension: a string
        event.put("actorid", "legal");
        event.put("actorroles", "legal");
        event.put("actorsection", "legal");
        event.put("datadigest", "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(dataJson.getBytes(StandardCharsets.UTF_8))));
        event.put("data", JSON.readTree(dataJson));
        return JSON.writeValueAsString(event);
    }

    static void send(String key, String value) throws Exception {
        send("adjustment-events", key, value);
    }

    static void send(String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    static int versions(String code) {
        return RestAssured.get(LIST + "/api/v1/items/" + code + "/versions").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    @Test
    void aPublishedAdjustmentBecomesTheNewVersionEverywhereOnceAndATraceInAudit() throws Exception {
        String code = String.format("8%011d", System.nanoTime() % 100_000_000_000L); // a national basic code
        String word = "系统测试" + Long.toString(System.nanoTime() % 1_000_000, 36);
        as("legal").contentType("application/json")
                .body(item(code, "对生产经营单位未按规定对从业人员进行安全生产教育和培训的处罚", "2014年8月31日修正", "第九十四条"))
                .post(LIST + "/api/v1/lists/power/items").then().statusCode(201);

        UUID requestId = UUID.randomUUID();
        Map<String, Object> amended = item(code, "对生产经营单位未按规定对从业人员进行安全生产教育和培训的处罚（" + word + "）",
                "2021年6月10日修正", "第九十七条");
        // A producer without adjustment-service's key cannot change a list (issue 13): the unsigned publication, sent
        // first, is dead-lettered and changes nothing; the same publication signed by adjustment-service applies.
        String unsigned = publishedEvent(requestId, code, amended);
        send("request/" + requestId, unsigned);
        Suite.sleep(3000);
        assertEquals(1, versions(code), "an unsigned publication on adjustment-events must not change the list");
        String event = Signer.as("adjustment-service", unsigned);
        send("request/" + requestId, event);

        long deadline = System.currentTimeMillis() + 60_000;
        while (versions(code) < 2 && System.currentTimeMillis() < deadline) {
            Suite.sleep(250);
        }
        assertEquals(2, versions(code), "list-service applied the published adjustment as version 2");

        RestAssured.get(LIST + "/api/v1/lists/power/items?q=" + word).then().statusCode(200)
                .body("items.code", hasItem(code)).body("items[0].version", equalTo(2));
        RestAssured.get(LIST + "/api/v1/items/" + code + "/versions").then().statusCode(200)
                .body("[1].item.requestId", equalTo(requestId.toString()))
                .body("[1].changedFields", hasItems("name", "legalBasis"))
                .body("[0].item.validTo", org.hamcrest.Matchers.notNullValue());
        RestAssured.get(LIST + "/api/v1/items/" + code + "/diff?from=1&to=2").then().statusCode(200)
                .body("changes.find { it.field == 'legalBasis' }.before[0].article", equalTo("第九十四条"))
                .body("changes.find { it.field == 'legalBasis' }.after[0].article", equalTo("第九十七条"));
        byte[] xlsx = RestAssured.get(LIST + "/api/v1/lists/power/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        boolean inExport = false;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            for (Row r : wb.getSheetAt(0)) {
                if (code.equals(f.formatCellValue(r.getCell(2)))) {
                    inExport = f.formatCellValue(r.getCell(3)).contains(word)
                            && f.formatCellValue(r.getCell(5)).contains("（2021年6月10日修正）第九十七条");
                }
            }
        }
        assertTrue(inExport, "the exported spreadsheet shows version 2 of " + code);
        byte[] pdf = RestAssured.get(LIST + "/api/v1/lists/power/export?format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a printable PDF");

        var traces = awaitTraces("item/" + code, 2);
        assertEquals(java.util.Set.of("fourlists.list.item.loaded", "fourlists.list.item.adjusted"),
                traces.stream().map(t -> (String) t.get("type")).collect(java.util.stream.Collectors.toSet()),
                "one trace for the first load and one for the applied adjustment");

        // The same publication delivered again (a redelivery after a crash) changes nothing and leaves no trace.
        send("request/" + requestId, event);
        send("request/" + requestId, publishedEvent(requestId, code, amended));
        Suite.sleep(3000);
        assertEquals(2, versions(code), "a repeated event makes no new version");
        awaitTraces("item/" + code, 2);

        // A direct edit of the published item is refused, pointing to the adjustment workflow (Art. 22, 26).
        as("legal").contentType("application/json").body(amended).post(LIST + "/api/v1/lists/power/items")
                .then().statusCode(409).body("detailZh", containsString("动态调整"));
        RestAssured.get(LIST + "/api/v1/authority-check?bodyCode=" + BUREAU + "&power=" + code).then().statusCode(200)
                .body("authorized", equalTo(true)).body("grant.version", equalTo(2));
    }

    @Test
    void aBadSpreadsheetIsRefusedWholeWithRowAndColumnErrors() {
        String good = String.format("7%011d", System.nanoTime() % 100_000_000_000L);
        String csv = "序号,权力类型,事项编码,事项名称,子项,实施依据,实施主体,承办机构,责任事项,追责情形,备注\n"
                + "1,行政处罚," + good + ",对未取得安全生产许可证擅自进行生产的处罚,,【法律】《中华人民共和国安全生产法》第九十五条,"
                + "惠济区安全生产监督管理局（" + BUREAU + "）,安全生产监察大队,立案责任：审查立案,,\n"
                + "2,行政处罚,410108-AJ-CF,对某事项的处罚,,【条例】《安全生产许可证条例》第十九条,惠济区安全生产监督管理局（123）,不存在的科室,,,\n";
        as("legal").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(LIST + "/api/v1/lists/power/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("row[3].事项编码", "row[3].实施依据", "row[3].实施主体", "row[3].承办机构"));
        RestAssured.get(LIST + "/api/v1/items/" + good).then().statusCode(404);
        as("clerk").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(LIST + "/api/v1/lists/power/import")
                .then().statusCode(403);
    }
}
