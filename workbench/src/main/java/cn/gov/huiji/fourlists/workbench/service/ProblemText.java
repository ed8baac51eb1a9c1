package cn.gov.huiji.fourlists.workbench.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * A service's RFC 9457 answer in the Chinese its users read: the detail, then each field error named by the label
 * the page gave that field, so "不能为空" says which box is empty.
 */
public final class ProblemText {

    private ProblemText() {
    }

    /**
     * @param problem the problem+json body, or null when the service sent none
     * @param labels  the page's label of each field, by the last part of the field's name (lawTitle → 法律法规名称)
     */
    public static String of(JsonNode problem, int status, Map<String, String> labels) {
        if (problem == null || !problem.isObject()) {
            return switch (status) {
                case 401 -> "登录已过期，请重新登录。";
                case 403 -> "您无权进行此项操作。";
                case 404 -> "未找到要操作的对象。";
                default -> "服务暂时无法访问，请稍后再试。";
            };
        }
        JsonNode errors = problem.path("errors");
        boolean allLabelled = errors.size() > 0;
        for (JsonNode e : errors) {
            allLabelled &= labels.containsKey(lastPart(e.path("field").asText("")));
        }
        // The services' detail names fields in English ("以下字段有误：lawTitle"); when the page can name every one, its
        // labels say it better.
        StringBuilder text = new StringBuilder(allLabelled ? problem.path("titleZh").asText("输入有误") + "。"
                : problem.path("detailZh").asText(problem.path("titleZh").asText("操作未能完成。")));
        for (JsonNode e : errors) {
            String label = labels.get(lastPart(e.path("field").asText("")));
            String message = e.path("messageZh").asText(e.path("message").asText(""));
            if (label == null && text.indexOf(message) >= 0) {
                continue; // the detail already says it
            }
            text.append(' ').append(label == null ? "" : label + "：").append(message).append(label == null ? "" : "。");
        }
        return text.toString().strip();
    }

    /** replace.input[0].value → value; daysOff[2] → daysOff. */
    private static String lastPart(String field) {
        String plain = field.replaceAll("\\[\\d+]$", "");
        return plain.substring(plain.lastIndexOf('.') + 1);
    }
}
