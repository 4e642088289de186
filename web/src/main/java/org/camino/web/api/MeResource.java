package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.camino.security.boundary.Account;

/** GET /api/me: who the token belongs to, with roles and missions. */
@Path(CaminoApi.V1 + "/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Account account;

    @GET
    public Account.Me me() {
        return account.me();
    }
}
