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
        Response r;
        try {
            r = request.get();
        } catch (WebApplicationException e) {
            r = e.getResponse();
        } catch (RuntimeException e) {
            LOG.warnf("list-service unavailable: %s", e.getMessage());
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
            LOG.warnf("list-service answered %d without a problem", r.getStatus());
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

    /** The status a page answers with when the service refused: the same 4xx; a 5xx problem as 503. */
    int pageStatus() {
        return status >= 500 ? 503 : status;
    }
}
