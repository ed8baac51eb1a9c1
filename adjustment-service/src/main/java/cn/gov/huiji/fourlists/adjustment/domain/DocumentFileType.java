package cn.gov.huiji.fourlists.adjustment.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a document behind a trigger may be, recognised by their first bytes (never by what the sender
 * claims): a law or notice as PDF or OFD (the national format for official documents), a scan as PNG or JPEG, a
 * draft as Word (.docx).
 */
public enum DocumentFileType {
    PDF("application/pdf", ".pdf"),
    OFD("application/ofd", ".ofd"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg", ".jpeg");

    /** Larger files are refused: official documents and their scans are far smaller. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Files per request, as many as documents may be named (RequestInput allows 20). */
    public static final int MAX_FILES = 20;

    public final String mediaType;
    private final String[] extensions;

    DocumentFileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The type of these bytes under this file name; OFD and .docx are both zip containers, told apart by the name. */
    public static Optional<DocumentFileType> of(String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, 'P', 'K', 0x03, 0x04)) {
            if (name.endsWith(".ofd")) {
                return Optional.of(OFD);
            }
            if (name.endsWith(".docx")) {
                return Optional.of(DOCX);
            }
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head == null || head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
