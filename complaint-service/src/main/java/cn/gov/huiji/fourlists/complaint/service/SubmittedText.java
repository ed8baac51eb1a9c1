package cn.gov.huiji.fourlists.complaint.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Text the public submits is neutralised before it is stored: markup is removed, so nothing submitted can run in a
 * portal page or a staff screen whatever that page does with it; control characters go too.
 */
public final class SubmittedText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>?");
    private static final Pattern SCRIPT_BLOCK = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern URL_SCHEME = Pattern.compile("(?i)(javascript|vbscript|data)\\s*:");

    private SubmittedText() {
    }

    public static String neutralise(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
        s = SCRIPT_BLOCK.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceAll("");
        s = URL_SCHEME.matcher(s).replaceAll("$1 :");
        s = CONTROL.matcher(s).replaceAll("");
        return s.replace("<", "＜").replace(">", "＞").strip();
    }

    /** What makes two submissions the same: kind, subject and content, whitespace ignored. */
    public static String fingerprint(String kind, String subject, String content) {
        String canonical = kind + "|" + subject + "|" + content.replaceAll("\\s+", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The media type of a file by its first bytes: only PDF, JPEG and PNG are taken; null for anything else. */
    public static String mediaTypeOf(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
                && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }
}
