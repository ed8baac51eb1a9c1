package cn.gov.huiji.fourlists.kernel.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every error any service answers is an RFC 9457 problem detail in English and Chinese. Messages never
 * echo what the caller sent: a complaint's content or a submitter's identity must not reach an error.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final MessageInterpolator MESSAGES = new ResourceBundleMessageInterpolator();

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), message(v, Locale.ROOT), message(v, Locale.SIMPLIFIED_CHINESE)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid input", "输入有误", 400,
                "Invalid field(s): " + fields, "以下字段有误：" + fields, null, errors, List.of()), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem p = problem(401, "unauthorized", "Authentication required", "需要登录认证",
                "This action needs a valid bearer token from the fourlists realm.",
                "此操作需要有效的登录令牌（fourlists 认证域）。");
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"fourlists\"")
                .entity(p.withInstance(uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(403, "forbidden", "Forbidden", "无权操作",
                "Your role does not allow this action.", "您的角色无权执行此操作。"), uri);
    }

    // Jackson's own mappers in Quarkus REST are bound to the subtypes: name them so ours win.
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class, UnrecognizedPropertyException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class, JsonMappingException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            String name = field.isEmpty() ? u.getPropertyName() : field;
            return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid input", "输入有误", 400,
                    "Unknown field: " + name, "不允许的字段：" + name, null,
                    List.of(new Problem.FieldError(name, "unknown field", "不允许的字段")), List.of()), uri);
        }
        if (!field.isEmpty()) {
            return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid input", "输入有误", 400,
                    "Field '" + field + "' has the wrong type or format.", "字段 " + field + " 类型或格式有误。", null,
                    List.of(new Problem.FieldError(field, "wrong type or format", "类型或格式有误")), List.of()), uri);
        }
        return respond(problem(400, "malformed-json", "Malformed JSON", "JSON 格式错误",
                "The request body is not well-formed JSON.", "请求内容不是合法的 JSON。"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(switch (status) {
            case 404 -> problem(404, "not-found", "Not found", "未找到", "No such resource.", "请求的资源不存在。");
            case 405 -> problem(405, "method-not-allowed", "Method not allowed", "不支持的请求方法",
                    "This resource does not support that method.", "该资源不支持此请求方法。");
            case 406 -> problem(406, "not-acceptable", "Not acceptable", "无法提供所需格式",
                    "The requested media type cannot be produced.", "无法按请求的格式返回。");
            case 415 -> problem(415, "unsupported-media-type", "Unsupported media type", "不支持的内容类型",
                    "Send the body as the documented media type (usually application/json).",
                    "请按接口说明的内容类型提交（通常为 application/json）。");
            case 400 -> problem(400, "bad-request", "Bad request", "请求有误",
                    "The request is malformed.", "请求格式有误。");
            default -> problem(status, "http-" + status, "Request failed", "请求失败",
                    "The request failed with status " + status + ".", "请求失败，状态码 " + status + "。");
        }, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(problem(500, "internal", "Internal error", "系统内部错误",
                "The request could not be completed; nothing was changed partially. Try again later.",
                "请求未能完成，数据未被部分修改。请稍后重试。"), uri);
    }

    public static Problem problem(int status, String slug, String title, String titleZh, String detail, String detailZh) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, titleZh, status, detail, detailZh, null, List.of(), List.of());
    }

    static Response respond(Problem p, UriInfo uri) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE)
                .entity(p.instance() == null && uri != null ? p.withInstance(uri.getPath()) : p).build();
    }

    /**
     * The JSON name of the offending field: a body's property path without the method and parameter nodes
     * (e.g. {@code proposedItem.code}); for a constrained query or path parameter, the parameter's name.
     */
    public static String fieldName(ConstraintViolation<?> v) {
        StringBuilder name = new StringBuilder();
        String last = "";
        for (Path.Node node : v.getPropertyPath()) {
            last = node.getName();
            ElementKind kind = node.getKind();
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']'); // the index belongs to the list before it
            }
            if (node.getName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.isEmpty() ? last : name.toString();
    }

    /** The violation's message in the given language (Hibernate Validator ships Chinese bundles). */
    public static String message(ConstraintViolation<?> v, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("not supported");
            }
        };
        try {
            return MESSAGES.interpolate(v.getMessageTemplate(), context, locale);
        } catch (RuntimeException e) {
            return v.getMessage();
        }
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
