package cn.gov.huiji.fourlists.workbench.rest;

import cn.gov.huiji.fourlists.workbench.service.ProblemText;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** What a failed call to a service means for the page: its problem+json, the Chinese text, the page's status. */
final class ServiceAnswers {

    private ServiceAnswers() {
    }

    /** The problem+json of a refusal; null when the service sent none or could not be reached. */
    static JsonNode problem(RuntimeException e) {
        if (e instanceof WebApplicationException w) {
            try {
                return w.getResponse().readEntity(JsonNode.class);
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
        return null;
    }

    static String explain(RuntimeException e, JsonNode problem, String service, Map<String, String> labels) {
        if (e instanceof WebApplicationException w) {
            return ProblemText.of(problem, w.getResponse().getStatus(), labels);
        }
        return service + "暂时无法访问，请稍后再试。";
    }

    static String explain(RuntimeException e, String service, Map<String, String> labels) {
        return explain(e, problem(e), service, labels);
    }

    /** The page's own status: the service's refusal as it was, 503 when it could not be reached. */
    static int status(RuntimeException e) {
        if (e instanceof WebApplicationException w) {
            int s = w.getResponse().getStatus();
            return s == 401 || s == 403 || s == 404 || s == 409 || s == 422 ? s : s >= 500 ? 503 : 400;
        }
        return 503;
    }
}
