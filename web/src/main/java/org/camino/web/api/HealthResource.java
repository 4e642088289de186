package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.operations.boundary.HealthCheck;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/health: for load balancers and operators. 503 when the database is down. */
@Tag(name = "Operations")
@Path(CaminoApi.V1 + "/health")
public class HealthResource {

    @Inject
    HealthCheck healthCheck;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Up", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.operations.boundary.HealthCheck.Health.class)))
    @APIResponse(responseCode = "503", description = "The database is down: the same document", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.operations.boundary.HealthCheck.Health.class)))
    @Operation(summary = "Is the server up, and its database reachable")
    public Response health() {
        HealthCheck.Health health = healthCheck.check();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(health.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(health).cacheControl(noStore).build();
    }
}
