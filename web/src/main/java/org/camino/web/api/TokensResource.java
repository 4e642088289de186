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

/**
 * POST /api/tokens exchanges a user name and password (same checks, lockout
 * and log as the login page) for an API token, shown once. Listing and
 * revoking need a token.
 */
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
    public List<ApiTokens.TokenInfo> mine() {
        return apiTokens.mine();
    }

    @DELETE
    @Path("/{id}")
    public Response revoke(@PathParam("id") long id) {
        apiTokens.revoke(id);
        return Response.noContent().build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
