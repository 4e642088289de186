package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.camino.health.boundary.HealthAssessmentForm;
import org.camino.health.boundary.HealthAssessmentView;
import org.camino.health.boundary.HealthAssessments;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The migration health assessment of a health case. Clinical fields come
 * back null with {@code clinicalWithheld: true} to readers without the
 * clinical permission; changing them without it is 403.
 */
@Tag(name = "Programme details")
@Path(CaminoApi.V1 + "/cases/{number}/health")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HealthAssessmentResource {

    /** A save: the version read (null for the first save) and the assessment. */
    public record AssessmentChange(Long version, HealthAssessmentForm details) {
    }

    @Inject
    HealthAssessments assessments;

    @GET
    @Operation(summary = "The health assessment of a case; clinical detail for holders of the clinical permission only (ETag: its version)")
    public HealthAssessmentView details(@PathParam("number") String number) {
        return assessments.details(number);
    }

    @PUT
    @Operation(summary = "Change the health assessment (its version; If-Match accepted)")
    public HealthAssessmentView save(@PathParam("number") String number, AssessmentChange change) {
        return assessments.saveDetails(number, change == null ? null : change.version(),
                change == null ? null : change.details());
    }
}
