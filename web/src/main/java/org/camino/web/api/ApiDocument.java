package org.camino.web.api;

import org.camino.web.ProblemJson;
import org.camino.web.security.ApiAuthFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;

/**
 * Completes the generated OpenAPI document (MicroProfile OpenAPI filter, named in
 * META-INF/microprofile-config.properties) with what holds for every operation, so that no resource
 * repeats it: who may call it (a user's token, a node credential, or no one in particular, as
 * {@link ApiAuthFilter} decides) and the errors every call may answer, all
 * {@code application/problem+json} ({@link ApiErrors}). What an operation answers when it succeeds, and its
 * own errors, are on the resource method.
 */
public class ApiDocument implements OASFilter {

    static final String TOKEN = "token";
    static final String NODE_CREDENTIAL = "nodeCredential";
    static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Components components = document.getComponents() == null ? OASFactory.createComponents() : document.getComponents();
        document.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        components.addSecurityScheme(TOKEN, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token of a user: POST /api/v1/tokens {username, password, mission, name, validDays}"));
        components.addSecurityScheme(NODE_CREDENTIAL, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("The credential HQ's administrators issued to a mission node (POST /api/v1/cdr/nodes)"));
        if (document.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            String relative = relative(path.getKey());
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                complete(operation.getKey().name(), relative, operation.getValue(), components);
            }
        }
    }

    private static void complete(String method, String path, Operation operation, Components components) {
        boolean user = !ApiAuthFilter.isOpen(method, path);
        if (user) {
            operation.setSecurity(List.of(requirement(TOKEN)));
        } else if (ApiAuthFilter.isNodeCall(method, path)) {
            operation.setSecurity(List.of(requirement(NODE_CREDENTIAL)));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            addProblem(responses, "400", "Invalid input: `fields` names each field (or parameter, or `body`) and the rule it broke");
        }
        if (user || ApiAuthFilter.isNodeCall(method, path)) {
            addProblem(responses, "401", "No valid token (or node credential)");
        }
        if (user) {
            addProblem(responses, "403", "The caller's roles or missions do not allow it");
        }
        addProblem(responses, "404", "Nothing there, or nothing the caller may see");
        if (operation.getRequestBody() != null) {
            addProblem(responses, "413", "The body is larger than the server takes (10 MB)");
            addProblem(responses, "415", "The body is not of a type the operation takes");
        }
        if (!"GET".equals(method)) {
            addProblem(responses, "409", "A conflict: the version sent is stale, or the state does not allow it");
        }
        if (hasVersion(requestSchema(operation), components)) {
            addProblem(responses, "412", "If-Match named a version that is no longer the current one");
        }
        APIResponse ok = responses.getAPIResponse("200");
        if ("GET".equals(method) && ok != null && hasVersion(responseSchema(ok), components)) {
            ok.addHeader("ETag", OASFactory.createHeader().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .description("The version, to send back as If-Match with an edit (EditVersions)"));
        }
        if ("GET".equals(method) && ok != null && responseSchema(ok) != null
                && String.valueOf(responseSchema(ok).getRef()).endsWith("/PageCaseRow")) {
            ok.addHeader("Link", OASFactory.createHeader().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .description("The first, previous and next pages (rel first, prev, next; PageLinks)"));
        }
        addProblem(responses, "500", "An unexpected error, with an incident id (also in the server's log)");
        // an error a resource declares itself (a 409 of a GET, a CDR receipt's 400) is a problem too (ApiErrors, ProblemAnswers)
        for (Map.Entry<String, APIResponse> declared : responses.getAPIResponses().entrySet()) {
            boolean error = declared.getKey().startsWith("4") || declared.getKey().startsWith("5");
            if (error && (declared.getValue().getContent() == null || declared.getValue().getContent().getMediaTypes().isEmpty())) {
                declared.getValue().setContent(problemContent());
            }
        }
    }

    private static void addProblem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            APIResponse declared = responses.getAPIResponse(status);
            if (declared.getContent() == null || declared.getContent().getMediaTypes().isEmpty()) {
                declared.setContent(problemContent());
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemJson.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** The JSON schema of the operation's body, or null. */
    private static Schema requestSchema(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        var json = operation.getRequestBody().getContent().getMediaType("application/json");
        return json == null ? null : json.getSchema();
    }

    private static Schema responseSchema(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType("application/json") == null) {
            return null;
        }
        return response.getContent().getMediaType("application/json").getSchema();
    }

    /** True if the schema (a reference to the components, as generated) has a version ({@code version}, {@code expectedVersion}). */
    private static boolean hasVersion(Schema schema, Components components) {
        Schema resolved = schema;
        if (resolved != null && resolved.getRef() != null && components.getSchemas() != null) {
            resolved = components.getSchemas().get(resolved.getRef().substring(resolved.getRef().lastIndexOf('/') + 1));
        }
        return resolved != null && resolved.getProperties() != null
                && (resolved.getProperties().containsKey("version") || resolved.getProperties().containsKey("expectedVersion"));
    }

    /** RFC 9457's members, and Camino's: {@code fields} of invalid input (each field and the rule it broke). */
    static Schema problemSchema() {
        Schema field = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string("The field, query or path parameter, header, or `body`"))
                .addProperty("rule", string("The rule it broke: a message key (`body.required`) or a constraint (`NotNull`)"))
                .addProperty("message", string("The rule in English"))
                .addRequired("field");
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457 problem details)")
                .addProperty("type", string("A URN naming the kind of problem (urn:camino:problem:invalid-input)"))
                .addProperty("title", string("The kind of problem, for people"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", string("This occurrence, for people"))
                .addProperty("error", string("The title, under its name before v1 (until the unversioned paths' sunset)"))
                .addProperty("fields", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(field)
                        .description("Invalid input: each field and the rule it broke"))
                .addProperty("incident", string("500: the id of the incident in the server's log"))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    /** The document's paths may carry the context root (/camino/api/v1/...): ApiAuthFilter's rules take /api/... */
    private static String relative(String path) {
        int api = path.indexOf("/api/");
        return api < 0 ? path : path.substring(api);
    }
}
