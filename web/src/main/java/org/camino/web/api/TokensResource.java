package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.subject.Subject;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.boundary.ApiTokens;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POST /api/tokens exchanges a user name and password (same checks, lockout
 * and log as the login page) for an API token, shown once. Listing and
 * revoking need a token.
 */
@Tag(name = "Tokens")
@Path(CaminoApi.V1 + "/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    public record TokenRequest(String username, String password, String mission, String name, Integer validDays) {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "TokenRequest[mission=" + mission + ", name=" + name + ", validDays=" + validDays + "]";
        }
    }

    @Inject
    ApiTokens apiTokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The token (its secret shown once)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.security.boundary.ApiTokens.IssuedToken.class)))
    @Operation(summary = "Exchange a user name and password for an API token")
    public Response issue(TokenRequest request) {
        if (request == null || blank(request.username()) || blank(request.password())) {
            throw InvalidInputException.of(blank(request == null ? null : request.username()) ? "username" : "password",
                    "login.required");
        }
        Subject caller = PasswordSignIn.signIn(request.username(), request.password()).orElse(null);
        if (caller == null) {
            return ApiErrors.json(401, Map.of("error", "Unauthorized", "message", "Sign-in failed"));
        }
        ApiTokens.IssuedToken token = caller.execute(() -> apiTokens.issue(request.mission(), request.name(),
                request.validDays() == null ? 30 : request.validDays()));
        return Response.status(201).header("Cache-Control", "no-store").entity(token).build();
    }

    @GET
    @Operation(summary = "The caller's tokens")
    public List<ApiTokens.TokenInfo> mine() {
        return apiTokens.mine();
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @Operation(summary = "Revoke one of the caller's tokens")
    public Response revoke(@PathParam("id") long id) {
        apiTokens.revoke(id);
        return Response.noContent().build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
