package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.kernel.problem.Problem.FieldError;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A fine lies within the discretion range of the level the case was placed at, where the cited item has standards
 * (Art. 16, R-LIST-7). list-service weighs it ({@code POST /api/v1/items/{code}/discretion/assess}); this service only
 * asks. A decision without a severity, or citing an item without standards, is not weighed. When list-service does
 * not answer, the decision is refused with 503 and nothing is written: a fine is never received unweighed.
 */
@ApplicationScoped
public class DiscretionCheck {

    private static final Logger LOG = Logger.getLogger(DiscretionCheck.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ListServiceApi lists;

    public DiscretionCheck(@RestClient ListServiceApi lists) {
        this.lists = lists;
    }

    /** Returns when the penalty may be received; throws a 400 naming the field, or 503 when list-service cannot tell. */
    public void check(PenaltyInput in) {
        if (in.severity() == null) {
            return;
        }
        String code = in.itemCode().strip();
        String date = in.decisionDate().toString();
        Answer reading = call(() -> lists.standards(code, date));
        if (reading.status() == 404) {
            throw itemNotInForce(code, date);
        }
        if (reading.status() != 200) {
            throw unavailable("answered " + reading.status() + " to the standards of " + code);
        }
        JsonNode standards = reading.body().path("standards");
        if (!standards.isArray() || standards.isEmpty()) {
            LOG.debugf("item %s has no discretion standards on %s: the fine is not weighed", code, date);
            return;
        }
        ObjectNode request = JSON.createObjectNode();
        request.put("violation", violation(standards, in.violationType()));
        request.put("severity", in.severity().name());
        request.put("fineYuan", in.fineYuan() == null ? BigDecimal.ZERO : in.fineYuan());
        ArrayNode kinds = request.putArray("penaltyKinds");
        in.penaltyKinds().forEach(k -> kinds.add(k.name()));
        request.put("date", date);
        Answer assessed = call(() -> lists.assess(code, request));
        switch (assessed.status()) {
            case 200 -> {
                if (!assessed.body().path("withinRange").asBoolean(false)) {
                    throw outsideRange(in, assessed.body());
                }
            }
            case 400 -> throw relayed(assessed.body());
            case 404, 409 -> throw itemNotInForce(code, date);
            default -> throw unavailable("answered " + assessed.status() + " to the assessment of " + code);
        }
    }

    /** The standard's index: the one whose words are the violation type, or the only one the item has. */
    static String violation(JsonNode standards, String violationType) {
        String v = violationType == null ? "" : violationType.strip();
        List<String> known = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            String words = standards.get(i).path("violation").asText("").strip();
            if (words.equals(v)) {
                return String.valueOf(i);
            }
            known.add(words);
        }
        if (standards.size() == 1) {
            return "0";
        }
        throw ProblemException.invalid("violationType", "the item has discretion standards for several violations; name "
                        + "one in its words: " + String.join(" | ", known),
                "该事项有多项违法行为的裁量基准，违法行为类型应为其中之一：" + String.join("；", known));
    }

    private static ProblemException outsideRange(PenaltyInput in, JsonNode assessment) {
        JsonNode range = assessment.path("range");
        BigDecimal fine = in.fineYuan() == null ? BigDecimal.ZERO : in.fineYuan();
        boolean fineOutside = (range.hasNonNull("fineFromYuan") && fine.compareTo(range.get("fineFromYuan").decimalValue()) < 0)
                || (range.hasNonNull("fineToYuan") && fine.compareTo(range.get("fineToYuan").decimalValue()) > 0)
                || (!range.hasNonNull("fineFromYuan") && !range.hasNonNull("fineToYuan") && fine.signum() > 0);
        String field = fineOutside ? "fineYuan" : "penaltyKinds";
        return ProblemException.invalid(field, assessment.path("reason").asText("outside the discretion range"),
                assessment.path("reasonZh").asText("不在裁量基准幅度内"));
    }

    /** list-service's 400 in this service's field names. */
    private static ProblemException relayed(JsonNode problem) {
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode e : problem.path("errors")) {
            String field = switch (e.path("field").asText("")) {
                case "violation" -> "violationType";
                case "incomeMultiple", "fineYuan" -> "fineYuan";
                case "penaltyKinds" -> "penaltyKinds";
                default -> "severity";
            };
            errors.add(new FieldError(field, e.path("message").asText(), e.path("messageZh").asText()));
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("severity", problem.path("detail").asText("refused by the discretion standard"),
                    problem.path("detailZh").asText("裁量基准核验未通过")));
        }
        return ProblemException.invalid("The discretion standard refuses the penalty as stated.", "处罚不符合裁量基准。", errors);
    }

    private static ProblemException itemNotInForce(String code, String date) {
        return ProblemException.invalid("itemCode", "list-service has no version of item " + code + " in force on " + date,
                "清单事项 " + code + " 在 " + date + " 不在有效期内");
    }

    static ProblemException unavailable(String what) {
        return ProblemException.of(503, "discretion-unavailable", "Discretion standards unavailable", "裁量基准暂不可用",
                "list-service, which weighs the fine against the discretion standards, " + what
                        + "; nothing was received, send the decision again later.",
                "清单服务暂时无法核验罚款是否符合裁量基准，本次决定未予接收，请稍后重新提交。");
    }

    record Answer(int status, JsonNode body) {
    }

    private static Answer call(Supplier<Response> request) {
        Response response;
        try {
            response = request.get();
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (RuntimeException e) {
            LOG.warnf("list-service not reachable for the discretion check: %s", e.getMessage());
            throw unavailable("is not reachable");
        }
        Response answer = response;
        try (answer) {
            String text = answer.hasEntity() ? answer.readEntity(String.class) : "";
            JsonNode body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            return new Answer(answer.getStatus(), body);
        } catch (Exception e) {
            throw unavailable("answered what is not JSON (" + answer.getStatus() + ")");
        }
    }
}
