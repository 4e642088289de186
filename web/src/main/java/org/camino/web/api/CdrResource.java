package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.cases.boundary.StatisticalLoad;
import org.camino.platform.errors.InvalidInputException;
import org.camino.repository.boundary.BatchFiles;
import org.camino.repository.boundary.CdrNodes;
import org.camino.repository.boundary.CdrOverview;
import org.camino.repository.boundary.HqIngest;
import org.camino.repository.boundary.OutboxMonitor;
import org.camino.repository.boundary.HqQueries;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The central data repository over HTTP: the batch endpoint of mission nodes
 * (node credential, not a user's token: ApiAuthFilter lets it through and
 * HqIngest checks it), HQ's overview for analysts, node credentials for
 * administrators, and the outbox of a mission node.
 */
@Tag(name = "Central data repository")
@Path(CaminoApi.V1 + "/cdr")
@Produces(MediaType.APPLICATION_JSON)
public class CdrResource {

    @Inject
    HqIngest ingest;

    @Inject
    CdrOverview overview;

    @Inject
    CdrNodes nodes;

    @Inject
    OutboxMonitor outbox;

    @Inject
    StatisticalLoad load;

    @Inject
    BatchFiles files;

    /** 200 accepted, 400 rejected (bad input, nothing stored), 403 refused (mission scope), 401 bad credential. */
    @POST
    @Path("/batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "ACCEPTED: the receipt", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.repository.boundary.HqIngest.Receipt.class)))
    @APIResponse(responseCode = "400", description = "REJECTED: nothing stored; the receipt's errors say why")
    @APIResponse(responseCode = "403", description = "REFUSED: a mission the node does not serve")
    public Response receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        HqIngest.Receipt ack = ingest.receive(bearer(authorization), body);
        int status = switch (ack.outcome()) {
            case "ACCEPTED" -> 200;
            case "REFUSED" -> 403;
            default -> 400;
        };
        return Response.status(status).entity(ack).build();
    }

    /** A mission node asks for the last access-log anchor HQ holds of it: 200 {seq, head, receivedAt}, 204 none. */
    @GET
    @Path("/anchors/last")
    @APIResponse(responseCode = "200", description = "The last anchor HQ holds of the node: {seq, head, receivedAt}", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "204", description = "None yet", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response lastAnchor(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return ingest.lastAnchor(bearer(authorization)).map(a -> Response.ok(a).build())
                .orElse(Response.noContent().build());
    }

    /** A mission node sends an access-log anchor: 200 accepted, 409 its log no longer matches an anchor HQ holds. */
    @POST
    @Path("/anchors")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.repository.boundary.HqIngest.AnchorReceipt.class)))
    @APIResponse(responseCode = "409", description = "The node's log no longer matches an anchor HQ holds")
    public Response receiveAnchor(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, HqIngest.AnchorForm form) {
        HqIngest.AnchorReceipt receipt = ingest.receiveAnchor(bearer(authorization), form);
        return Response.status(receipt.conflict() == null ? 200 : 409).entity(receipt).build();
    }

    @GET
    @Path("/feeds")
    public List<HqQueries.MissionFeed> feeds() {
        return overview.feeds();
    }

    @GET
    @Path("/totals")
    public List<HqQueries.Total> totals(@QueryParam("mission") String mission) {
        return overview.totals(QueryParams.missionCode("mission", mission));
    }

    @GET
    @Path("/batches")
    public List<HqQueries.Batch> batches(@QueryParam("limit") String limit) {
        return overview.batches(QueryParams.integer("limit", limit, 50));
    }

    @POST
    @Path("/nodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The credential, shown once", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.repository.boundary.CdrNodes.IssuedCredential.class)))
    public Response issue(CdrNodes.NodeForm form) {
        return Response.status(201).entity(nodes.issue(form)).build();
    }

    @GET
    @Path("/nodes")
    public List<CdrNodes.NodeView> nodes() {
        return nodes.list();
    }

    /** The access-log anchors HQ holds of a node, and the conflicts found ({@code admin:nodes}). */
    @GET
    @Path("/anchors")
    public CdrNodes.NodeAnchorsView anchors(@QueryParam("node") String node, @QueryParam("limit") String limit) {
        int rows = QueryParams.integer("limit", limit, 100);
        // the shape of a node name (issued ones, and the loopback node's, which holds '@'), checked before anything else
        if (node == null || !node.trim().matches("[A-Za-z0-9@._-]{1,100}")) {
            throw InvalidInputException.of("node", QueryParams.INVALID);
        }
        return nodes.anchors(node.trim(), rows);
    }

    /** Registers the public key that verifies the node's batch files ({@code admin:nodes}). */
    @PUT
    @Path("/nodes/{name}/signing-key")
    @Consumes(MediaType.APPLICATION_JSON)
    public CdrNodes.NodeView registerSigningKey(@PathParam("name") String name, CdrNodes.SigningKeyForm form) {
        return nodes.registerSigningKey(name, form);
    }

    /**
     * A signed batch file of the mission's records HQ has not acknowledged, as an attachment; the headers say
     * how many records, up to which sequence number, and whether more wait (export again with {@code from}).
     */
    @GET
    @Path("/outbox/file/{mission}")
    @APIResponse(responseCode = "200", description = "The signed batch file (attachment)", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "409", description = "No record of the mission waits for HQ: nothing to put in a file")
    public Response exportFile(@PathParam("mission") String mission, @QueryParam("from") String from,
                               @QueryParam("limit") String limit) {
        long after = QueryParams.longInteger("from", from, 0);
        int records = QueryParams.integer("limit", limit, BatchFiles.DEFAULT_RECORDS);
        BatchFiles.ExportedFile file = files.export(mission, after, records);
        return Response.ok(file.content(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("X-Camino-Records", file.records())
                .header("X-Camino-Last-Seq", file.lastSeq())
                .header("X-Camino-More", file.more()).build();
    }

    /** HQ imports a signed batch file: 200 accepted, 400 rejected (nothing stored), 403 refused (signer or scope). */
    @POST
    @Path("/files")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @APIResponse(responseCode = "200", description = "ACCEPTED: the receipt", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.repository.boundary.BatchFiles.ImportReceipt.class)))
    @APIResponse(responseCode = "400", description = "REJECTED: nothing stored; errors name the file, signature, batch, field or code")
    @APIResponse(responseCode = "403", description = "REFUSED: signer not registered, or missions the node does not serve")
    public Response importFile(String file) {
        // a file cut short is named as such before anything else (the boundary reads it whole again)
        if (!isJsonObject(file)) {
            throw InvalidInputException.of("file", "cdr.file.unreadable");
        }
        BatchFiles.ImportReceipt receipt = files.importFile(file);
        int status = switch (receipt.outcome()) {
            case "ACCEPTED" -> 200;
            case "REFUSED" -> 403;
            default -> 400;
        };
        return Response.status(status).entity(receipt).build();
    }

    @DELETE
    @Path("/nodes/{name}")
    @APIResponse(responseCode = "204", description = "Revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response revoke(@PathParam("name") String name) {
        nodes.revoke(name);
        return Response.noContent().build();
    }

    @GET
    @Path("/outbox")
    public OutboxMonitor.OutboxView outbox() {
        return outbox.status();
    }

    @POST
    @Path("/outbox/push")
    public OutboxMonitor.PushResult push() {
        return outbox.sendNow();
    }

    /** Starts the initial load (rebuild) of a mission's records; 202: it runs on, follow it with GET. */
    @POST
    @Path("/outbox/load/{mission}")
    @APIResponse(responseCode = "202", description = "Started: follow it with GET", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.cases.boundary.StatisticalLoad.LoadRun.class)))
    public Response startLoad(@PathParam("mission") String mission) {
        return Response.accepted(load.start(mission)).build();
    }

    @POST
    @Path("/outbox/load/{mission}/restart")
    @APIResponse(responseCode = "202", description = "Restarted: follow it with GET", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.cases.boundary.StatisticalLoad.LoadRun.class)))
    public Response restartLoad(@PathParam("mission") String mission) {
        return Response.accepted(load.restart(mission)).build();
    }

    @GET
    @Path("/outbox/load/{mission}")
    public List<StatisticalLoad.LoadRun> loads(@PathParam("mission") String mission) {
        return load.status(mission);
    }

    private static boolean isJsonObject(String text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            reader.readObject();
            return true;
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            return false;
        }
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
    }
}
