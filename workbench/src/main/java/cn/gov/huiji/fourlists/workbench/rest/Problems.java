package cn.gov.huiji.fourlists.workbench.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;

/** A service's RFC 9457 answer, in the Chinese its users read. */
final class Problems {

    private Problems() {
    }

    static String explain(Response response) {
        try {
            JsonNode problem = response.readEntity(JsonNode.class);
            StringBuilder text = new StringBuilder(problem.path("detailZh").asText(problem.path("titleZh").asText("操作未能完成。")));
            problem.path("errors").forEach(e -> text.append(" ").append(e.path("messageZh").asText()));
            return text.toString();
        } catch (RuntimeException e) {
            return switch (response.getStatus()) {
                case 401 -> "登录已过期，请重新登录。";
                case 403 -> "您无权进行此项操作。";
                case 404 -> "未找到该案件。";
                default -> "服务暂时无法访问，请稍后再试。";
            };
        }
    }
}
