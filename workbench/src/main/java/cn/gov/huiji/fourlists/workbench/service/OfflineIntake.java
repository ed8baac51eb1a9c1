package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case that came by phone, fax, letter or visit, recorded by a complaint handler (Art. 28, R-CMP-1): the form as
 * complaint-service's intake takes it (POST /api/v1/cases with the channel, the handler's token making it a staff
 * intake). complaint-service checks everything; this only turns the form into its input and its answer into Chinese
 * next to the form's labels.
 */
public final class OfflineIntake {

    /** The channels a handler records (complaint-service's IntakeChannel without ONLINE, the public's own form). */
    public static final Map<String, String> CHANNELS = names("PHONE", "电话", "FAX", "传真", "LETTER", "信函", "VISIT", "来访");

    /** complaint-service's input fields, as the form labels them. */
    static final Map<String, String> LABELS = names("channel", "来源渠道", "kind", "类别", "subjectKind", "反映对象",
            "subjectRef", "事项编码、科室代码或执法证号", "content", "具体内容", "anonymous", "提交方式", "identity", "实名信息",
            "identity.name", "姓名", "identity.phone", "联系电话", "identity.idNumber", "身份证号码", "identity.address", "通信地址",
            "identity.email", "电子邮箱", "attachments", "附件");

    /** The form as entered (strings, as a form sends them), kept to show it again after an error. */
    public record Form(String channel, String kind, String subjectKind, String subjectRef, String content, String anonymous,
                       String name, String phone, String idNumber, String address, String email) {

        public static Form empty() {
            return new Form(null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** A scanned letter or fax, a photo handed in at a visit. */
    public record File(String fileName, byte[] bytes) {
    }

    private OfflineIntake() {
    }

    /** What the form lacks before complaint-service is asked (the choices only; every other check is the service's). */
    public static List<String> missing(Form f, Set<String> kinds, Set<String> subjects) {
        List<String> out = new ArrayList<>();
        if (f.channel() == null || !CHANNELS.containsKey(f.channel())) {
            out.add("请选择来源渠道（电话、传真、信函或来访）。");
        }
        if (f.kind() == null || !kinds.contains(f.kind())) {
            out.add("请选择类别。");
        }
        if (f.subjectKind() == null || !subjects.contains(f.subjectKind())) {
            out.add("请选择反映对象。");
        }
        if (!"true".equals(f.anonymous()) && !"false".equals(f.anonymous())) {
            out.add("请选择匿名或实名。");
        }
        if (blank(f.content())) {
            out.add("请填写具体内容。");
        }
        return out;
    }

    /** complaint-service's CaseInput: blank fields left out, the identity only for a named case, files in base64. */
    public static ObjectNode body(Form f, List<File> files, ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("channel", f.channel());
        body.put("kind", f.kind());
        body.put("subjectKind", f.subjectKind());
        putIf(body, "subjectRef", f.subjectRef());
        body.put("content", f.content() == null ? "" : f.content().strip());
        boolean anonymous = "true".equals(f.anonymous());
        body.put("anonymous", anonymous);
        ObjectNode identity = json.createObjectNode();
        putIf(identity, "name", f.name());
        putIf(identity, "phone", f.phone());
        putIf(identity, "idNumber", f.idNumber());
        putIf(identity, "address", f.address());
        putIf(identity, "email", f.email());
        // sent even for an anonymous case when filled in: complaint-service then refuses, rather than the workbench
        // silently dropping what the handler wrote down
        if (!identity.isEmpty()) {
            body.set("identity", identity);
        }
        var attachments = body.putArray("attachments");
        for (File file : files) {
            if (file.bytes().length == 0) {
                continue; // the browser sends an empty part when no file was chosen
            }
            ObjectNode a = attachments.addObject();
            String name = file.fileName() == null ? "" : file.fileName();
            a.put("fileName", name.length() > 200 ? name.substring(0, 200) : name);
            a.put("contentBase64", Base64.getEncoder().encodeToString(file.bytes()));
        }
        return body;
    }

    /** complaint-service's refusal (RFC 9457) as sentences, each field error after the label of its input. */
    public static List<String> explain(JsonNode problem) {
        List<String> out = new ArrayList<>();
        String detail = problem.path("detailZh").asText(problem.path("titleZh").asText(""));
        if (!detail.isBlank()) {
            out.add(detail);
        }
        for (JsonNode e : problem.path("errors")) {
            String message = e.path("messageZh").asText(e.path("message").asText(""));
            out.add(label(e.path("field").asText()) + "：" + message);
        }
        if (out.isEmpty()) {
            out.add("登记未能完成。");
        }
        return out;
    }

    /** The form's label of a field of complaint-service's input: attachments[1].contentBase64 → 附件 2. */
    static String label(String field) {
        var attachment = java.util.regex.Pattern.compile("attachments\\[(\\d+)\\].*").matcher(field);
        if (attachment.matches()) {
            return "附件 " + (Integer.parseInt(attachment.group(1)) + 1);
        }
        return LABELS.getOrDefault(field, field.isBlank() ? "提交内容" : field);
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.strip());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, String> names(String... codesAndNames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            out.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
