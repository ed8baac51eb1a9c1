package cn.gov.huiji.fourlists.kernel.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem detail, in English ({@code title}, {@code detail}) and Chinese
 * ({@code titleZh}, {@code detailZh}) — staff and the public read Chinese, other systems read English.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "titleZh", "status", "detail", "detailZh", "instance", "errors", "allowed"})
@Schema(name = "Problem", description = "RFC 9457 problem detail (问题详情), English and Chinese")
public record Problem(
        String type,
        String title,
        String titleZh,
        int status,
        String detail,
        String detailZh,
        String instance,
        @Schema(description = "One entry per invalid field (字段错误)") List<FieldError> errors,
        @Schema(description = "Actions allowed in the current state, where an action was refused") List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:fourlists:problem:";

    /** One invalid field: its JSON name (or query parameter) and what is wrong, in both languages. */
    public record FieldError(String field, String message, String messageZh) {
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, titleZh, status, detail, detailZh, instance, errors, allowed);
    }
}
