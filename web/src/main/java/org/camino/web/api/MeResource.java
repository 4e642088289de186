package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.camino.security.boundary.Account;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/me: who the token belongs to, with roles and missions. */
@Tag(name = "Account")
@Path(CaminoApi.V1 + "/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Account account;

    @GET
    @Operation(summary = "Who the caller is: roles, missions, permissions")
    public Account.Me me() {
        return account.me();
    }
}
