package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.camino.resettlement.boundary.ResettlementForm;
import org.camino.resettlement.boundary.ResettlementView;
import org.camino.resettlement.boundary.Resettlements;
import org.camino.resettlement.boundary.StageForm;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The resettlement part of a resettlement case. Another type of case, or one the caller may not read, is 404. */
@Tag(name = "Programme details")
@Path(CaminoApi.V1 + "/cases/{number}/resettlement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResettlementResource {

    /** A save: the version read (null for the first save) and the details. */
    public record DetailsChange(Long version, ResettlementForm details) {
    }

    /** A stage recorded from what was read: the stage's version (null if it was not recorded yet) and its date. */
    public record StageChange(Long version, LocalDate reachedOn) {
    }

    @Inject
    Resettlements resettlements;

    @GET
    @Operation(summary = "The resettlement part of a case (ETag: its version)")
    public ResettlementView details(@PathParam("number") String number) {
        return resettlements.details(number);
    }

    @PUT
    @Operation(summary = "Change the resettlement part (its version; If-Match accepted)")
    public ResettlementView save(@PathParam("number") String number, DetailsChange change) {
        return resettlements.saveDetails(number, change == null ? null : change.version(),
                change == null ? null : change.details());
    }

    @GET
    @Path("/stages")
    @Operation(summary = "The processing stages")
    public List<ResettlementView.StageView> stages(@PathParam("number") String number) {
        return resettlements.stages(number);
    }

    @POST
    @Path("/stages")
    @Operation(summary = "Record a processing stage")
    public ResettlementView recordStage(@PathParam("number") String number, StageForm stage) {
        return resettlements.recordStage(number, stage);
    }

    /**
     * The stage named in the address, in lower case as every Camino path is
     * ({@code .../stages/referral_received}), with optimistic locking: 409 if
     * it changed (or was recorded) since it was read.
     */
    @PUT
    @Path("/stages/{stage}")
    @Operation(summary = "Record or correct a stage (its version; If-Match accepted)")
    public ResettlementView saveStage(@PathParam("number") String number, @PathParam("stage") String stage,
                                      StageChange change) {
        return resettlements.saveStage(number, change == null ? null : change.version(),
                new StageForm(stage.toUpperCase(Locale.ROOT), change == null ? null : change.reachedOn()));
    }
}
