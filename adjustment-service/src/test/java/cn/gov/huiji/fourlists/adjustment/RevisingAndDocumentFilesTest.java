package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.kernel.events.AdjustmentEvents;
import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OutboxProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Art. 25, 26(1)-(2): the applying section corrects its draft or returned request and attaches the files of the
 * documents behind the trigger — checked by their content and size, kept as received, each change traced.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestSecurity(user = "clerk", roles = "clerk", attributes = @SecurityAttribute(key = "section", value = "hazchem"))
class RevisingAndDocumentFilesTest {

    static final byte[] PDF = "%PDF-1.7\n% 安全生产法（2021年修正）\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    static String draft() {
        return given().contentType(ContentType.JSON).body(DraftingRequestsTest.MODIFY).post("/api/v1/requests")
                .then().statusCode(201).extract().path("id");
    }

    /** A multipart body as a browser writes it: the file name in UTF-8, the content as chosen. */
    static io.restassured.response.ValidatableResponse attach(String id, String name, byte[] content, String claimedType) {
        var body = new java.io.ByteArrayOutputStream();
        String boundary = "----fourlists" + System.nanoTime();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/api/v1/requests/" + id + "/document-files").then();
    }

    @Test
    void theSectionRevisesItsDraftAndTheRevisionIsTraced() {
        String id = draft();
        Map<String, Object> revised = new HashMap<>(DraftingRequestsTest.MODIFY);
        revised.put("summary", "《安全生产法》2021年修正：罚则条款由第九十四条改为第九十五条");
        given().contentType(ContentType.JSON).body(revised).put("/api/v1/requests/" + id).then().statusCode(200)
                .body("summary", containsString("第九十五条")).body("state", equalTo("DRAFT"));
        assertEquals(AdjustmentEvents.REQUEST_REVISED.name(), OutboxProbe.entriesFor("request/" + id).get(1).type,
                "the revision leaves its own trace after the draft's");

        revised.put("changeKind", "REPEAL");
        given().contentType(ContentType.JSON).body(revised).put("/api/v1/requests/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("changeKind"));
    }

    @Test
    void aPdfIsKeptAsReceivedAndItsDigestGoesIntoTheTrace() throws Exception {
        String id = draft();
        String fileId = attach(id, "安全生产法（2021年修正）.pdf", PDF, "application/octet-stream").statusCode(201)
                .body("mediaType", equalTo("application/pdf")).body("size", equalTo(PDF.length)).extract().path("id");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        var trace = OutboxProbe.entriesFor("request/" + id).stream()
                .filter(e -> e.type.equals(AdjustmentEvents.DOCUMENT_ATTACHED.name())).toList();
        assertEquals(1, trace.size(), "one trace per attached file");
        assertTrue(trace.get(0).data.contains(sha), "the trace carries the file's SHA-256: " + trace.get(0).data);

        given().get("/api/v1/requests/" + id + "/document-files").then().statusCode(200).body("$", hasSize(1))
                .body("[0].fileName", equalTo("安全生产法（2021年修正）.pdf")).body("[0].sha256", equalTo(sha));
        byte[] back = given().get("/api/v1/requests/" + id + "/document-files/" + fileId).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        assertArrayEquals(PDF, back, "the file comes back byte for byte");
    }

    @Test
    void aFileIsJudgedByItsContentNotItsNameAndBadOnesLeaveNoTrace() {
        String id = draft();
        // the request's own traces: a scheduler may record others meanwhile
        int before = OutboxProbe.entriesFor("request/" + id).size();
        attach(id, "通知.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1), "application/pdf").statusCode(415)
                .contentType("application/problem+json").body("detailZh", containsString("PDF、OFD"));
        attach(id, "empty.pdf", new byte[0], "application/pdf").statusCode(400);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        attach(id, "big.pdf", big, "application/pdf").statusCode(413).body("titleZh", equalTo("文件过大"));
        assertEquals(before, OutboxProbe.entriesFor("request/" + id).size(), "a refused file is neither stored nor traced");
        given().get("/api/v1/requests/" + id + "/document-files").then().body("$", hasSize(0));
    }

    @Test
    void aSubmittedRequestTakesNoMoreFilesOrRevisions() {
        String id = draft();
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/requests/" + id + "/actions/submit").then().statusCode(200);
        attach(id, "late.pdf", PDF, "application/pdf").statusCode(409);
        given().contentType(ContentType.JSON).body(DraftingRequestsTest.MODIFY).put("/api/v1/requests/" + id).then().statusCode(409);
    }
}
