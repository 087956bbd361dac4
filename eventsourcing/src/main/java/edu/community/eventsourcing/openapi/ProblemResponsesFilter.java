package edu.community.eventsourcing.openapi;

import edu.community.eventsourcing.api.Problem;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The conventions every service's OpenAPI document follows, applied once here instead of on each resource
 * (a service lists it in {@code mp.openapi.filter}). Every operation under {@code /api}:
 * <ul>
 *   <li>requires the {@code bearer} scheme (declared here when no resource declares it);</li>
 *   <li>documents 401, 403 and, when it takes a body or parameters, 400 as problem details, and every
 *       {@code application/problem+json} answer refers to the {@code Problem} schema;</li>
 *   <li>documents 200 for a read that declares no success answer of its own;</li>
 *   <li>has a description on every response (the status's reason phrase when the resource gave none).</li>
 * </ul>
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String SECURITY_SCHEME = "bearer";
    static final String PROBLEM_SCHEMA = "Problem";
    private static final String API_PREFIX = "/api/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        declareComponents(openAPI.getComponents());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API_PREFIX)) {
                item.getOperations().forEach((method, operation) -> document(method, operation));
            }
        });
    }

    private static void declareComponents(Components components) {
        if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(SECURITY_SCHEME)) {
            components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("An access token of the realm edu: roles in realm_access.roles, the caller's "
                            + "GB/T 2260 code in the division claim, a school officer's school code in school"));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
            components.addSchema(PROBLEM_SCHEMA, problemSchema());
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (method == PathItem.HttpMethod.GET && !hasSuccess(responses)) {
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
        }
        if (takesInput) {
            addProblem(responses, "400", "validation or malformed-request: the input cannot be read or breaks a "
                    + "constraint (violations[].field names each field)");
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse()
                    .description("No valid bearer token (the answer carries WWW-Authenticate)"));
        }
        addProblem(responses, "403", "role-not-allowed: the caller's roles do not allow this operation; "
                + "outside-division: the record lies outside the caller's division; outside-school: a school "
                + "officer wrote another school's record");
        responses.getAPIResponses().forEach(ProblemResponsesFilter::complete);
    }

    private static boolean hasSuccess(APIResponses responses) {
        return responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
    }

    private static void addProblem(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType())));
        }
    }

    private static void complete(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(reasonPhrase(code));
        }
        Content content = response.getContent();
        MediaType problem = content == null ? null : content.getMediaType(Problem.MEDIA_TYPE);
        if (problem != null && problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        }
    }

    private static String reasonPhrase(String code) {
        try {
            Response.Status status = Response.Status.fromStatusCode(Integer.parseInt(code));
            return status == null ? "HTTP " + code : status.getReasonPhrase();
        } catch (NumberFormatException rangeOrDefault) {
            return "Other answers";
        }
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of(
                        "field", string("the field, e.g. agreement.termEnd or members[1]"),
                        "message", string("what is wrong with it")));
        return OASFactory.createSchema()
                .description("RFC 9457 problem detail; extension members carry the specifics (rule, "
                        + "currentVersion, callerDivision, ...)")
                .addType(Schema.SchemaType.OBJECT)
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string("urn:edu-community:problem:<code>, stable per error").format("uri"))
                .addProperty("title", string("short summary of the kind of error"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("the HTTP status"))
                .addProperty("detail", string("what went wrong with this request"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("each invalid field of the request").items(violation));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
