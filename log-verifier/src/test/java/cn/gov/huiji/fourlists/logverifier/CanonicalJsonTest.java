package cn.gov.huiji.fourlists.logverifier;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A leaf is the RFC 8785 canonical form of the stored event. Examples from RFC 8785 §3.2.3 and Appendix B. */
class CanonicalJsonTest {

    static String canonical(String json) {
        return new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8);
    }

    @Test
    void membersAreSortedByUtf16CodeUnits() {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}", canonical(input));
    }

    @Test
    void whiteSpaceGoesAndLiteralsNestingAndEscapesAreMinimal() {
        assertEquals("{\"a\":[1,true,false,null,{\"b\":\"x\\\"y\\\\z\\n\\u001f/中文\"}]}",
                canonical(" { \"a\" : [ 1 , true , false , null , { \"b\" : \"x\\\"y\\\\z\\n\\u001F\\/中文\" } ] } "));
    }

    @Test
    void numbersPrintAsEcmaScriptDoes() {
        assertEquals("[333333333.3333333,1e+30,4.5,0.002,1e-27,0,-1,100,9007199254740991]",
                canonical("[333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001, -0, -1, 1e2, 9007199254740991]"));
    }
}
