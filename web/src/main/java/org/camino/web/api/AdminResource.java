package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.cases.boundary.ExpectedSteps;
import org.camino.missions.boundary.Missions;
import org.camino.platform.errors.InvalidInputException;
import org.camino.retention.boundary.Retention;
import org.camino.rotation.boundary.KeyRotation;
import org.camino.rotation.boundary.RotationStatus;
import org.camino.security.boundary.AccessLogReview;
import org.camino.security.boundary.IntegrityIncidentReview;
import org.camino.security.boundary.NewUser;
import org.camino.security.boundary.UserAdministration;
import org.camino.security.boundary.UserSummary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administration over the API: accounts, missions, the access-log chain check and key rotation. */
@Tag(name = "Administration")
@Path(CaminoApi.V1 + "/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final java.util.regex.Pattern ANCHOR = java.util.regex.Pattern.compile("([1-9][0-9]{0,17}):([0-9a-f]{64})");

    public record Enabled(boolean enabled, long version) {
    }

    public record NewMission(String code, String name, String country) {
    }

    public record ExpectedDays(Integer expectedDays, Integer version) {
    }

    public record RetentionDays(Integer retentionDays, Integer version) {
    }

    @Inject
    UserAdministration users;


    @Inject
    Missions missions;

    @Inject
    AccessLogReview accessLog;

    @Inject
    ExpectedSteps expectedSteps;

    @Inject
    KeyRotation keyRotation;

    @Inject
    Retention retention;

    @Inject
    IntegrityIncidentReview integrity;

    @GET
    @Path("/users")
    public List<UserSummary> users() {
        return users.list();
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The user created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.security.boundary.UserSummary.class)))
    public Response create(NewUser form) {
        return Response.status(201).entity(users.create(form)).build();
    }

    @PUT
    @Path("/users/{id}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Enabled or disabled", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response setEnabled(@PathParam("id") long id, Enabled enabled) {
        users.setEnabled(id, enabled.version(), enabled.enabled());
        return Response.noContent().build();
    }

    @GET
    @Path("/missions")
    public List<Missions.MissionView> missions() {
        return missions.all();
    }

    /** 201 with the mission; 400 naming the field; 409 when the code is in use. */
    @POST
    @Path("/missions")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The mission created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.missions.boundary.Missions.MissionView.class)))
    public Response createMission(NewMission form) {
        NewMission given = form == null ? new NewMission(null, null, null) : form;
        return Response.status(201).entity(missions.create(given.code(), given.name(), given.country())).build();
    }

    /** The days a case is expected to stay in each open status of its workflow (the caseload's overdue report). */
    @GET
    @Path("/workflow-expected-days")
    public List<ExpectedSteps.ExpectedStep> expectedDays() {
        return expectedSteps.all();
    }

    /** 200 with the new value; 400 naming the field; 409 when it changed since {@code version} was read. */
    @PUT
    @Path("/workflow-expected-days/{caseType}/{status}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExpectedSteps.ExpectedStep changeExpectedDays(@PathParam("caseType") String caseType,
                                                         @PathParam("status") String status, ExpectedDays change) {
        return expectedSteps.change(caseType, status, change.expectedDays(), change.version());
    }

    /** The days each case type keeps its personal data after closure (the retention purge). */
    @GET
    @Path("/retention-periods")
    public List<Retention.RetentionPeriod> retentionPeriods() {
        return retention.periods();
    }

    /** 200 with the new value; 400 naming the field; 409 when it changed since {@code version} was read. */
    @PUT
    @Path("/retention-periods/{caseType}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Retention.RetentionPeriod changeRetention(@PathParam("caseType") String caseType, RetentionDays change) {
        return retention.change(caseType, change.retentionDays(), change.version());
    }

    /** Cases due, the last run, cases purged so far. */
    @GET
    @Path("/retention/purge")
    public Retention.PurgeStatus purgeStatus() {
        return retention.status();
    }

    /** Purges now what is due; 409 if a purge is running on any server. */
    @POST
    @Path("/retention/purge")
    public Retention.PurgeRun purgeNow() {
        return retention.purgeNow();
    }

    /**
     * Checks the chain, the anchor file and the anchors given as {@code ?anchor=<seq>:<hash>} (repeatable), e.g.
     * from the server log or from HQ; 400 naming {@code anchor} if one is not of that form.
     */
    @POST
    @Path("/access-log/verify")
    public AccessLogReview.ChainCheck verify(@QueryParam("anchor") List<String> anchors) {
        List<AccessLogReview.Anchor> given = new java.util.ArrayList<>();
        for (String anchor : anchors) {
            java.util.regex.Matcher m = ANCHOR.matcher(anchor == null ? "" : anchor.trim());
            if (!m.matches()) {
                throw InvalidInputException.of("anchor", QueryParams.INVALID);
            }
            given.add(new AccessLogReview.Anchor(Long.parseLong(m.group(1)), m.group(2)));
        }
        return accessLog.verifyChain(given);
    }

    @GET
    @Path("/access-log")
    public List<AccessLogReview.Entry> recent(@QueryParam("limit") String limit) {
        return accessLog.recent(QueryParams.integer("limit", limit, 100));
    }

    /** Stored values that failed their integrity check, last seen first. */
    @GET
    @Path("/integrity-incidents")
    public List<IntegrityIncidentReview.Incident> integrityIncidents(@QueryParam("limit") String limit) {
        return integrity.recent(QueryParams.integer("limit", limit, 100));
    }

    /** Starts the key-rotation job; 202: it runs on, follow it with GET. */
    @POST
    @Path("/key-rotation")
    @APIResponse(responseCode = "202", description = "Started: follow it with GET", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.rotation.boundary.RotationStatus.class)))
    public Response startKeyRotation() {
        return Response.accepted(keyRotation.start()).build();
    }

    @GET
    @Path("/key-rotation")
    public RotationStatus keyRotation() {
        return keyRotation.status();
    }

    /** Restarts a failed, stopped or interrupted run where it stopped. */
    @POST
    @Path("/key-rotation/restart")
    @APIResponse(responseCode = "202", description = "Restarted: follow it with GET", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.rotation.boundary.RotationStatus.class)))
    public Response restartKeyRotation() {
        return Response.accepted(keyRotation.restart()).build();
    }

    @POST
    @Path("/key-rotation/stop")
    public RotationStatus stopKeyRotation() {
        return keyRotation.stop();
    }
}
