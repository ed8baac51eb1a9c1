package cn.gov.huiji.fourlists.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.function.Supplier;

/**
 * What list-service answered to one call: its status and JSON body. {@link #call} gives null when the service could not
 * be reached, so that the page says so in the portal's plain words; a problem (RFC 9457, with titleZh/detailZh) is shown
 * in Chinese, never as a trace.
 */
public record ServiceAnswer(int status, JsonNode body) {

    private static final Logger LOG = Logger.getLogger(ServiceAnswer.class);

    /** A service's problem as the page shows it: its Chinese title and what it says (field messages, else detailZh). */
    @TemplateData
    public record Problem(String title, String message) {
    }

    static ServiceAnswer call(Supplier<Response> request, ObjectMapper json) {
        return call(request, json, "list-service");
    }

    /** As {@link #call(Supplier, ObjectMapper)}, for the named service (so that the operators' log says which). */
    static ServiceAnswer call(Supplier<Response> request, ObjectMapper json, String service) {
        Response r;
        try {
            r = request.get();
        } catch (WebApplicationException e) {
            r = e.getResponse();
        } catch (RuntimeException e) {
            LOG.warnf("%s unavailable: %s", service, e.getMessage());
            return null;
        }
        JsonNode body;
        try {
            String text = r.readEntity(String.class);
            body = text == null || text.isBlank() ? null : json.readTree(text);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            body = null;
        }
        if (r.getStatus() >= 500 && (body == null || !body.has("detailZh"))) {
            LOG.warnf("%s answered %d without a problem", service, r.getStatus());
            return null; // a gateway's error page or a crash: to the citizen, the service is not there
        }
        return new ServiceAnswer(r.getStatus(), body);
    }

    boolean ok() {
        return status >= 200 && status < 300 && body != null;
    }

    Problem problem(String otherwise) {
        String title = body == null ? "" : body.path("titleZh").asText("");
        return new Problem(title.isBlank() ? "查询未成功" : title, Pages.problemZh(body, otherwise));
    }

    /**
     * The problem with each refused field named by its label on the form (labels: parameter → label), so that the
     * citizen reads 决定日期（起）：… rather than a parameter name; without field errors, as {@link #problem(String)}.
     */
    Problem problem(String otherwise, java.util.Map<String, String> labels) {
        Problem p = problem(otherwise);
        java.util.List<String> messages = new java.util.ArrayList<>();
        if (body != null) {
            for (JsonNode e : body.path("errors")) {
                String message = e.path("messageZh").asText("");
                if (!message.isBlank()) {
                    String label = labels.get(e.path("field").asText(""));
                    messages.add(label == null ? message : label + "：" + message);
                }
            }
        }
        return messages.isEmpty() ? p : new Problem(p.title(), String.join("；", messages));
    }

    /** The fields the service refused (field → true), so that the page marks those inputs (aria-invalid). */
    java.util.Map<String, Object> invalidFields() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        if (body != null) {
            body.path("errors").forEach(e -> fields.put(e.path("field").asText(""), true));
        }
        return fields;
    }

    /** The status a page answers with when the service refused: the same 4xx; a 5xx problem as 503. */
    int pageStatus() {
        return status >= 500 ? 503 : status;
    }
}
