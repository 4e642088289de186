package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.operations.boundary.HealthCheck;

/** GET /api/health: for load balancers and operators. 503 when the database is down. */
@Path(CaminoApi.V1 + "/health")
public class HealthResource {

    @Inject
    HealthCheck healthCheck;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthCheck.Health health = healthCheck.check();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(health.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(health).cacheControl(noStore).build();
    }
}
