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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /api/admin/synthetic {count, seed, mission?}: synthetic cases, demo mode only (see SyntheticData). */
@Tag(name = "Administration")
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
    @APIResponse(responseCode = "201", description = "What was generated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.synthetic.boundary.SyntheticData.Generated.class)))
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
