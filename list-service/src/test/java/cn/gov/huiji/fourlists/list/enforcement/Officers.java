package cn.gov.huiji.fourlists.list.enforcement;

import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/** Test data for the officer register: units (registered bodies) and officers with numbers no other test uses. */
final class Officers {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000) + 100_000);

    private Officers() {
    }

    /** A fresh, valid 统一社会信用代码 of a public institution in 惠济区 (12 4101 08 …). */
    static String unitCode() {
        String first17 = "12410108" + String.format("%09d", NEXT.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** A fresh certificate number. */
    static String certificateNo() {
        return "HJ-" + NEXT.incrementAndGet();
    }

    /** Registers a body (unpublished is enough for the register) as the caller, who must be legal or admin. */
    static String body(String name) {
        String code = unitCode();
        given().contentType(ContentType.JSON).body(Map.of("creditCode", code, "name", name, "kind", "STATUTORY",
                        "enforcementCategory", "安全生产监管执法", "legalBasis", "《中华人民共和国安全生产法》第九条",
                        "confirmationNo", "惠编〔2016〕12号", "confirmationDate", "2016-06-30"))
                .post("/api/v1/bodies").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        return code;
    }

    static Map<String, Object> officer(String certificateNo, String name, String unit, LocalDate from, LocalDate to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certificateNo", certificateNo);
        m.put("name", name);
        m.put("unitCreditCode", unit);
        m.put("category", "安全生产监管执法");
        m.put("area", "惠济区");
        m.put("issuingAuthority", "郑州市人民政府法制办公室");
        m.put("validFrom", from.toString());
        m.put("validTo", to.toString());
        return m;
    }

    /** Registers an officer as the caller; returns the certificate number. */
    static String register(String name, String unit, LocalDate from, LocalDate to) {
        String no = certificateNo();
        given().contentType(ContentType.JSON).body(officer(no, name, unit, from, to)).post("/api/v1/officers")
                .then().statusCode(201);
        return no;
    }

    /** The check character of a resident identity number (GB 11643), to make well-formed ones the register must refuse. */
    static char identityCheck(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static void status(String no, String status, String date, String reason, int expected) {
        given().contentType(ContentType.JSON).body(Map.of("status", status, "date", date, "reason", reason))
                .post("/api/v1/officers/" + no + "/status").then().statusCode(expected);
    }
}
