package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is sealed in a case — the submitter's identity and the attachments, which may show them — is shown only to a
 * complaint handler who gives a reason, and every showing is recorded (Art. 30, R-CMP-3). complaint-service decides
 * and records; this is how the workbench asks for it and hands out a file.
 */
public final class Disclosure {

    /** Shown above every form that opens something sealed, before the handler asks. */
    public static final String WARNING = "查看举报人身份将被记录并接受纪检组监督。";


    /** The file types complaint-service keeps (checked by content at intake), with how staff name them and the extension. */
    static final Map<String, String[]> TYPES = Map.of("application/pdf", new String[]{"PDF 文件", "pdf"},
            "image/jpeg", new String[]{"JPEG 图片", "jpg"}, "image/png", new String[]{"PNG 图片", "png"});

    /** An attachment as the case page lists it: numbered, never by the name the submitter gave it. */
    public record Attachment(String id, int number, String typeName, String size) {
        public String label() {
            return "附件 " + number + "（" + typeName + "，" + size + "）";
        }
    }

    /** A reason for a showing, as complaint-service takes it. */
    public record Reason(String code, String text) {
    }

    private Disclosure() {
    }

    /** One entry for each option of the reason select: complaint-service's reasons (GET /case-kinds), in its order. */
    public static List<Map<String, String>> reasonChoices(JsonNode reasons) {
        List<Map<String, String>> out = new ArrayList<>();
        reasons.forEach(r -> out.add(Map.of("code", r.path("code").asText(), "name", r.path("name").asText())));
        return out;
    }

    /**
     * The reason checked before it goes out: a code's form (else 其他, as complaint-service reads a missing one; it
     * refuses an unknown one) and the text.
     */
    public static Reason reason(String code, String text) {
        return new Reason(code != null && code.matches("[A-Z_]{1,32}") ? code : "OTHER", text == null ? "" : text.strip());
    }

    /** The attachments of a case (complaint-service's id, media type and size), numbered in its order. */
    public static List<Attachment> attachments(JsonNode attachments) {
        List<Attachment> out = new ArrayList<>();
        for (JsonNode a : attachments) {
            String type = a.path("mediaType").asText();
            out.add(new Attachment(a.path("id").asText(), out.size() + 1, TYPES.containsKey(type) ? TYPES.get(type)[0] : "文件",
                    size(a.path("size").asLong())));
        }
        return out;
    }

    /** An attachment id as complaint-service gives them (a UUID): the workbench passes nothing else on. */
    public static boolean isAttachmentId(String id) {
        return id != null && id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    /**
     * The name a downloaded file gets: the case number and the start of the attachment's id, never the submitter's
     * file name (it may name them, and it is not safe in a header). Only letters, digits, hyphens and the extension of
     * the content type, e.g. {@code TS-2026-000123-attachment-1b4e28ba.pdf}.
     */
    public static String fileName(String caseNo, String attachmentId, String mediaType) {
        String safeCase = caseNo == null ? "" : caseNo.replaceAll("[^0-9A-Za-z\\-]", "");
        String safeId = attachmentId == null ? "" : attachmentId.replaceAll("[^0-9A-Za-z]", "");
        String type = mediaType(mediaType);
        String ext = TYPES.containsKey(type) ? TYPES.get(type)[1] : "bin";
        return (safeCase.isEmpty() ? "case" : safeCase) + "-attachment-" + safeId.substring(0, Math.min(8, safeId.length()))
                + "." + ext;
    }

    /** The content type passed on: one of the kept types as complaint-service names it, anything else as bytes. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return TYPES.containsKey(base) ? base : "application/octet-stream";
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
