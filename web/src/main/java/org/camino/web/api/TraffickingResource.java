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
import org.camino.platform.errors.InvalidInputException;
import org.camino.trafficking.boundary.ReferralForm;
import org.camino.trafficking.boundary.SupportPlanItemForm;
import org.camino.trafficking.boundary.TraffickingCases;
import org.camino.trafficking.boundary.TraffickingEventForm;
import org.camino.trafficking.boundary.TraffickingForm;
import org.camino.trafficking.boundary.TraffickingView;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The counter-trafficking part of a victim-assistance case (HTCDS v2.0). For
 * anyone without the counter-trafficking permission of its mission, 404.
 */
@Tag(name = "Programme details")
@Path(CaminoApi.V1 + "/cases/{number}/trafficking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TraffickingResource {

    /** A save: the version read (null for the first save) and the victim context. */
    public record DetailsChange(Long version, TraffickingForm details) {
    }

    /** A correction of an event: the version read and the event. */
    public record EventChange(Long version, TraffickingEventForm event) {
    }

    /** A change of a support plan item: the version read and the item. */
    public record SupportPlanItemChange(Long version, SupportPlanItemForm item) {
    }

    @Inject
    TraffickingCases trafficking;

    @GET
    @Operation(summary = "The victim context of a counter-trafficking case (ETag: its version)")
    public TraffickingView details(@PathParam("number") String number) {
        return trafficking.details(number);
    }

    @PUT
    @Operation(summary = "Change the victim context (its version; If-Match accepted)")
    public TraffickingView save(@PathParam("number") String number, DetailsChange change) {
        return trafficking.saveDetails(number, change == null ? null : change.version(),
                change == null ? null : change.details());
    }

    @GET
    @Path("/events")
    @Operation(summary = "The trafficking events")
    public List<TraffickingView.EventView> events(@PathParam("number") String number) {
        return trafficking.events(number);
    }

    @POST
    @Path("/events")
    @Operation(summary = "Add a trafficking event")
    public TraffickingView addEvent(@PathParam("number") String number, TraffickingEventForm event) {
        return trafficking.addEvent(number, event);
    }

    @PUT
    @Path("/events/{id}")
    @Operation(summary = "Correct a trafficking event (its version; If-Match accepted)")
    public TraffickingView updateEvent(@PathParam("number") String number, @PathParam("id") long id, EventChange change) {
        if (change == null || change.version() == null) {
            throw InvalidInputException.of("version", "item.version.required");
        }
        return trafficking.updateEvent(number, id, change.version(), change.event());
    }

    @GET
    @Path("/support-plan")
    @Operation(summary = "The support plan")
    public List<TraffickingView.SupportPlanItemView> supportPlan(@PathParam("number") String number) {
        return trafficking.supportPlan(number);
    }

    @POST
    @Path("/support-plan")
    @Operation(summary = "Add a support plan item")
    public TraffickingView addSupportPlanItem(@PathParam("number") String number, SupportPlanItemForm item) {
        return trafficking.addSupportPlanItem(number, item);
    }

    @PUT
    @Path("/support-plan/{id}")
    @Operation(summary = "Change a support plan item (its version; If-Match accepted)")
    public TraffickingView updateSupportPlanItem(@PathParam("number") String number, @PathParam("id") long id,
                                                 SupportPlanItemChange change) {
        if (change == null || change.version() == null) {
            throw InvalidInputException.of("version", "item.version.required");
        }
        return trafficking.updateSupportPlanItem(number, id, change.version(), change.item());
    }

    @GET
    @Path("/referrals")
    @Operation(summary = "The referrals")
    public List<TraffickingView.ReferralView> referrals(@PathParam("number") String number) {
        return trafficking.referrals(number);
    }

    @POST
    @Path("/referrals")
    @Operation(summary = "Add a referral")
    public TraffickingView addReferral(@PathParam("number") String number, ReferralForm referral) {
        return trafficking.addReferral(number, referral);
    }
}
