package cn.gov.huiji.fourlists.workbench.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;

/** A service's RFC 9457 answer, in the Chinese its users read. */
final class Problems {

    private Problems() {
    }

    static String explain(Response response) {
        JsonNode problem;
        try {
            problem = response.readEntity(JsonNode.class);
        } catch (RuntimeException e) {
            problem = null; // no problem+json: the status speaks
        }
        return cn.gov.huiji.fourlists.workbench.service.ProblemText.of(problem, response.getStatus(), java.util.Map.of());
    }
}
