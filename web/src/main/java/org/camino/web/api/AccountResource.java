package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.subject.Subject;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.boundary.Account;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/account/password: a user changes their own password with the
 * current one, as the page /account/password.xhtml does. It takes the user
 * name too, because an account with an initial password gets no token
 * before it has changed it.
 */
@Tag(name = "Account")
@Path(CaminoApi.V1 + "/account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    public record PasswordChange(String username, String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[" + username + "]"; // never the passwords
        }
    }

    @Inject
    Account account;

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Password changed", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response changePassword(PasswordChange change) {
        if (change == null || blank(change.username())) {
            throw InvalidInputException.of("username", "login.required");
        }
        if (blank(change.currentPassword())) {
            throw InvalidInputException.of("currentPassword", "password.currentWrong");
        }
        Subject caller = PasswordSignIn.signIn(change.username(), change.currentPassword()).orElse(null);
        if (caller == null) {
            return ApiErrors.json(401, Map.of("error", "Unauthorized", "message", "Sign-in failed"));
        }
        caller.execute(() -> account.changePassword(change.currentPassword(), change.newPassword()));
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
