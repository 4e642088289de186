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
import org.camino.returns.boundary.AssistanceForm;
import org.camino.returns.boundary.MonitoringVisitForm;
import org.camino.returns.boundary.ReturnForm;
import org.camino.returns.boundary.ReturnView;
import org.camino.returns.boundary.Returns;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The AVRR part of a return case: details, reintegration assistance, monitoring visits. */
@Tag(name = "Programme details")
@Path(CaminoApi.V1 + "/cases/{number}/returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnsResource {

    /** A save: the version read (null for the first save) and the details. */
    public record DetailsChange(Long version, ReturnForm details) {
    }

    /** A change of an assistance item: the version read and the item. */
    public record AssistanceChange(Long version, AssistanceForm item) {
    }

    @Inject
    Returns returns;

    @GET
    @Operation(summary = "The return and reintegration part of a case (ETag: its version)")
    public ReturnView details(@PathParam("number") String number) {
        return returns.details(number);
    }

    @PUT
    @Operation(summary = "Change the return details and plan (its version; If-Match accepted)")
    public ReturnView save(@PathParam("number") String number, DetailsChange change) {
        return returns.saveDetails(number, change == null ? null : change.version(),
                change == null ? null : change.details());
    }

    @GET
    @Path("/assistance")
    @Operation(summary = "The reintegration assistance items")
    public List<ReturnView.AssistanceView> assistance(@PathParam("number") String number) {
        return returns.assistance(number);
    }

    @POST
    @Path("/assistance")
    @Operation(summary = "Add an assistance item")
    public ReturnView addAssistance(@PathParam("number") String number, AssistanceForm item) {
        return returns.addAssistance(number, item);
    }

    @PUT
    @Path("/assistance/{id}")
    @Operation(summary = "Change an assistance item (its version; If-Match accepted)")
    public ReturnView updateAssistance(@PathParam("number") String number, @PathParam("id") long id,
                                       AssistanceChange change) {
        if (change == null || change.version() == null) {
            throw InvalidInputException.of("version", "item.version.required");
        }
        return returns.updateAssistance(number, id, change.version(), change.item());
    }

    @GET
    @Path("/monitoring-visits")
    @Operation(summary = "The monitoring visits and their mean sustainability score")
    public List<ReturnView.MonitoringVisitView> monitoringVisits(@PathParam("number") String number) {
        return returns.monitoringVisits(number);
    }

    @POST
    @Path("/monitoring-visits")
    @Operation(summary = "Add a monitoring visit")
    public ReturnView addMonitoringVisit(@PathParam("number") String number, MonitoringVisitForm visit) {
        return returns.addMonitoringVisit(number, visit);
    }
}
