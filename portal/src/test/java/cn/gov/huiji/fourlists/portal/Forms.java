package cn.gov.huiji.fourlists.portal;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser's way to post a form: read the page first, then send its CSRF token back with its cookie. */
final class Forms {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** A request carrying the CSRF cookie and, as a field of the given kind, the token of the form on {@code page}. */
    static RequestSpecification from(String page, boolean multipart) {
        Response form = given().get(page);
        Matcher m = TOKEN.matcher(form.asString());
        assertTrue(m.find(), "the form on " + page + " carries a CSRF token");
        String cookie = form.getCookie("csrf-token");
        assertNotNull(cookie, "the form on " + page + " sets the CSRF cookie");
        RequestSpecification spec = given().cookie("csrf-token", cookie);
        return multipart ? spec.multiPart("csrf-token", m.group(1)) : spec.formParam("csrf-token", m.group(1));
    }
}
