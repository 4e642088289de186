package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.platform.errors.InvalidInputException;
import org.camino.synthetic.boundary.SyntheticData;

/** POST /api/admin/synthetic {count, seed, mission?}: synthetic cases, demo mode only (see SyntheticData). */
@Path(CaminoApi.V1 + "/admin/synthetic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyntheticResource {

    /** {@code mission} (optional): only that active mission, instead of all of them. */
    public record Request(Integer count, Long seed, String mission) {
    }

    @Inject
    SyntheticData syntheticData;

    @POST
    public Response generate(Request request) {
        if (request == null || request.count() == null) {
            throw InvalidInputException.of("count", "synthetic.count.range");
        }
        SyntheticData.Generated generated = syntheticData.generate(request.count(),
                request.seed() == null ? 1L : request.seed(),
                request.mission() == null || request.mission().isBlank() ? null : request.mission().trim());
        return Response.status(201).entity(generated).build();
    }
}
