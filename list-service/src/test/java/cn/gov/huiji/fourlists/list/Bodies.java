package cn.gov.huiji.fourlists.list;

import cn.gov.huiji.fourlists.kernel.contract.CreditCode;
import io.restassured.http.ContentType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Enforcement bodies (执法主体, R-LIST-8) for tests, registered through the API by a caller in role legal. */
final class Bodies {

    static final String CATEGORY = "安全生产监管执法";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000) + 500_000);

    private Bodies() {
    }

    /** A fresh, valid 统一社会信用代码 of an organ in 惠济区 (11 4101 08 …), used by no other test. */
    static String freshCode() {
        String first17 = "11410108" + String.format("%09d", NEXT.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    static Map<String, Object> body(String code, String name, String kind, boolean confirmed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creditCode", code);
        m.put("name", name);
        m.put("kind", kind);
        m.put("enforcementCategory", CATEGORY);
        m.put("legalBasis", "《中华人民共和国行政处罚法》（2009年8月27日修正）第十八条");
        if (confirmed) {
            m.put("confirmationNo", "惠编〔2016〕12号");
            m.put("confirmationDate", "2016-06-30");
        }
        return m;
    }

    /** Registers a confirmed body, not published; returns its code. */
    static String registered(String name, String kind) {
        String code = freshCode();
        given().contentType(ContentType.JSON).body(body(code, name, kind, true)).post("/api/v1/bodies").then().statusCode(201);
        return code;
    }

    /** Registers and publishes a confirmed body; returns its code. */
    static String published(String name, String kind) {
        String code = registered(name, kind);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/bodies/" + code + "/publication").then().statusCode(200);
        return code;
    }
}
