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

/**
 * The migration health assessment of a health case. Clinical fields come
 * back null with {@code clinicalWithheld: true} to readers without the
 * clinical permission; changing them without it is 403.
 */
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
    public HealthAssessmentView details(@PathParam("number") String number) {
        return assessments.details(number);
    }

    @PUT
    public HealthAssessmentView save(@PathParam("number") String number, AssessmentChange change) {
        return assessments.saveDetails(number, change == null ? null : change.version(),
                change == null ? null : change.details());
    }
}
