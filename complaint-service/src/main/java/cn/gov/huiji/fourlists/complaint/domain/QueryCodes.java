package cn.gov.huiji.fourlists.complaint.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secret query code a submitter follows a case with (R-CMP-2, R-CMP-5): 12 random characters shown once;
 * only a salted SHA-256 of it is stored.
 */
public final class QueryCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I/L
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    /** e.g. K7QM-2XPA-9RTD */
    public static String generate() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    public static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String s = HexFormat.of().formatHex(salt);
        return s + ":" + digest(s, normalise(code));
    }

    public static boolean matches(String code, String stored) {
        if (code == null || stored == null || stored.indexOf(':') < 0) {
            return false;
        }
        String salt = stored.substring(0, stored.indexOf(':'));
        byte[] expected = stored.substring(stored.indexOf(':') + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = digest(salt, normalise(code)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Tolerates lower case, spaces and missing dashes as people type them. */
    static String normalise(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String digest(String salt, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(md.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
