package cn.gov.huiji.fourlists.logverifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The published RFC 6962 test vectors (rfc6962.json, see rfc6962-README.md beside it). */
public final class Vectors {

    private static JsonNode root;

    private Vectors() {
    }

    public static synchronized JsonNode json() {
        if (root == null) {
            try (InputStream in = Vectors.class.getResourceAsStream("/rfc6962.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** Hex to bytes; malformed hex (probes contain such on purpose) becomes bytes of the wrong length, never an error. */
    public static byte[] bytes(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return hex.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public static List<byte[]> list(JsonNode array) {
        if (array == null || array.isNull()) {
            return null;
        }
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(bytes(n.asText())));
        return out;
    }

    /** The 8 reference leaves. */
    public static List<byte[]> leaves() {
        return list(json().get("leaves_hex"));
    }
}
