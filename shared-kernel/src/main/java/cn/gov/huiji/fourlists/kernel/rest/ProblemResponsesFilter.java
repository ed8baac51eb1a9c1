package cn.gov.huiji.fourlists.kernel.rest;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every service's OpenAPI document says alike, so that other systems can build against it:
 * <ul>
 * <li>every operation declares its error answers as RFC 9457 problem+json — 400 where it takes parameters or a body,
 * 401 and 403 where it needs a token, 404 where its path names a thing — besides those the resource declares itself
 * (409, 422, 429);</li>
 * <li>operators sign in one way only: the authorization code flow with PKCE of the realm's console client (Swagger UI
 * would otherwise offer every grant Keycloak advertises).</li>
 * </ul>
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final Map<String, String> GENERIC = Map.of(
            "400", "Bad input, each field named in errors[] (参数或请求内容有误)",
            "401", "No valid token (未登录或令牌无效)",
            "403", "The token's roles or section do not allow this (无权操作)",
            "404", "No such thing, or none the caller may see (未找到)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("Problem", problemSchema());
        components.addSecurityScheme("keycloak", consoleSignIn());
        for (String name : List.copyOf(components.getSecuritySchemes().keySet())) {
            if (!name.equals("keycloak")) {
                components.removeSecurityScheme(name); // one way in, nothing else
            }
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(op -> declareErrors(path, op)));
    }

    static void declareErrors(String path, Operation op) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        boolean takesInput = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty());
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        add(responses, "400", takesInput);
        add(responses, "401", secured);
        add(responses, "403", secured);
        add(responses, "404", path.contains("{"));
        // Every problem answer, also one a resource declared, carries the Problem schema.
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()
                        || response.getContent().getMediaType(PROBLEM_JSON) != null) {
                    response.setContent(problemContent(response.getContent()));
                }
            }
        });
        // A stable order for the stored documents.
        Map<String, org.eclipse.microprofile.openapi.models.responses.APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(sorted);
    }

    static void add(APIResponses responses, String status, boolean applies) {
        if (applies && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(GENERIC.get(status)));
        }
    }

    static Content problemContent(Content declared) {
        org.eclipse.microprofile.openapi.models.media.MediaType type = declared == null ? null : declared.getMediaType(PROBLEM_JSON);
        if (type == null) {
            type = OASFactory.createMediaType();
        }
        type.setSchema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        return OASFactory.createContent().addMediaType(PROBLEM_JSON, type);
    }

    static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("The JSON field or query parameter, e.g. implementingBody.creditCode"))
                .addProperty("message", string("What is wrong, in English"))
                .addProperty("messageZh", string("What is wrong, in Chinese (中文说明)"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail (问题详情), English and Chinese")
                .addProperty("type", string("urn:fourlists:problem:<kind>"))
                .addProperty("title", string("Short title in English"))
                .addProperty("titleZh", string("Short title in Chinese"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("What happened, in English"))
                .addProperty("detailZh", string("What happened, in Chinese"))
                .addProperty("instance", string("The request path"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError)
                        .description("One entry per invalid field (字段错误)"))
                .addProperty("allowed", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(string(null))
                        .description("The actions the current state allows, where an action was refused"))
                .required(List.of("type", "title", "status"));
    }

    static Schema string(String description) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return description == null ? s : s.description(description);
    }

    /** The authorization code flow with PKCE through the realm's console client; nothing else. */
    static SecurityScheme consoleSignIn() {
        String realm = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .orElse("http://127.0.0.1:8180/realms/fourlists");
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm fourlists (四单一网统一认证): sign in with the console client fourlists-console "
                        + "(authorization code with PKCE); other systems use client credentials of their own client.")
                .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(realm + "/protocol/openid-connect/auth")
                        .tokenUrl(realm + "/protocol/openid-connect/token")
                        .scopes(Map.of("openid", "OpenID Connect sign-in"))));
    }
}
