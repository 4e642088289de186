package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.cases.boundary.CaseAssignments;
import org.camino.cases.boundary.CaseDocuments;
import org.camino.cases.boundary.CaseHistory;
import org.camino.cases.boundary.CaseListExport;
import org.camino.cases.boundary.CaseListExportRequest;
import org.camino.cases.boundary.CaseListFile;
import org.camino.cases.boundary.CaseQuery;
import org.camino.cases.boundary.CaseViews;
import org.camino.cases.boundary.CaseWork;
import org.camino.cases.boundary.Cases;
import org.camino.cases.boundary.DocumentForm;
import org.camino.cases.boundary.EncryptedExportRequest;
import org.camino.cases.boundary.MemberForm;
import org.camino.cases.boundary.MovementForm;
import org.camino.cases.boundary.NewCase;
import org.camino.cases.boundary.PersonForm;
import org.camino.cases.boundary.PersonSearch;
import org.camino.retention.boundary.ConsentWithdrawals;
import org.camino.trafficking.boundary.HtcdsExport;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The case API. Every call goes through the same boundary (and permission checks) as the pages. */
@Tag(name = "Cases")
@Path(CaminoApi.V1 + "/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    public record Note(String text) {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "Note[...]";
        }
    }

    public record MovementChange(long version, MovementForm movement) {
    }

    public record PersonChange(long version, PersonForm person) {
    }

    @Inject
    Cases cases;

    @Inject
    CaseWork work;

    @Inject
    CaseHistory history;

    @Inject
    CaseAssignments assignments;

    @Inject
    CaseDocuments documents;

    @Inject
    CaseListExport export;

    @Inject
    HtcdsExport htcds;

    @Inject
    ConsentWithdrawals consentWithdrawals;

    @Context
    HttpHeaders headers;

    public record DocumentChange(Long version, DocumentForm document) {
    }

    public record Invalidation(Long version) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "The case registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.cases.boundary.CaseViews.CaseView.class)))
    @APIResponse(responseCode = "409", description = "Possible duplicate persons (`matches`), unless duplicatesAcknowledged")
    @Operation(summary = "Register a case (principal, household, first movement, consent)")
    public Response register(NewCase form) {
        return Response.status(201).entity(cases.register(form)).build();
    }

    @GET
    @Operation(summary = "A page of the cases the caller may read")
    public CaseViews.Page<CaseViews.CaseRow> list(@QueryParam("type") String type, @QueryParam("mission") String mission,
                                                 @QueryParam("status") String status,
                                                 @QueryParam("openedFrom") String from,
                                                 @QueryParam("openedTo") String to,
                                                 @QueryParam("sort") @DefaultValue("openedOn") String sort,
                                                 @QueryParam("descending") String descending,
                                                 @QueryParam("offset") String offset,
                                                 @QueryParam("limit") String limit,
                                                 @QueryParam("assignedToMe") String assignedToMe) {
        return cases.list(new CaseQuery(type, mission, status, QueryParams.date("openedFrom", from),
                QueryParams.date("openedTo", to), sort, QueryParams.bool("descending", descending, true),
                QueryParams.integer("offset", offset, 0), QueryParams.integer("limit", limit, 50),
                QueryParams.bool("assignedToMe", assignedToMe, false)));
    }

    /**
     * The mission's case list as a file ({@code format=csv|xlsx}) with the list's filters; for holders of
     * {@code case:export:<mission>}. Every parameter is parsed here, before the boundary checks any permission.
     */
    @GET
    @Path("/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The case list as a file", content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @APIResponse(responseCode = "413", description = "Over 50,000 rows: narrow the filter")
    @Operation(summary = "The mission's case list as CSV or XLSX")
    public Response export(@QueryParam("mission") String mission, @QueryParam("format") String format,
                           @QueryParam("type") String type, @QueryParam("status") String status,
                           @QueryParam("openedFrom") String from, @QueryParam("openedTo") String to,
                           @QueryParam("sort") @DefaultValue("openedOn") String sort,
                           @QueryParam("descending") String descending,
                           @QueryParam("assignedToMe") String assignedToMe,
                           @QueryParam("lang") String lang) {
        CaseListFile file = export.export(new CaseListExportRequest(QueryParams.missionCode("mission", mission), format,
                type, status, QueryParams.date("openedFrom", from), QueryParams.date("openedTo", to), sort,
                QueryParams.bool("descending", descending, true), QueryParams.bool("assignedToMe", assignedToMe, false),
                QueryParams.language(lang, headers)));
        return attachment(file);
    }

    /**
     * The mission's whole case list as an XLSX encrypted with the password of the body
     * {@code {"mission","password","format"}} (AES-256); a POST, so that the password is never in a URL.
     */
    @POST
    @Path("/export/encrypted")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The case list as an encrypted XLSX", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @Operation(summary = "The mission's case list as an XLSX encrypted with a password")
    public Response exportEncrypted(EncryptedExportRequest request, @QueryParam("lang") String lang) {
        CaseListFile file = export.exportEncrypted(new EncryptedExportRequest(
                QueryParams.missionCode("mission", request.mission()), request.password(), request.format(),
                QueryParams.language(lang, headers)));
        return attachment(file);
    }

    /**
     * The mission's counter-trafficking cases as HTCDS v2.0 CSV, for holders of
     * {@code case:read:trafficking:<mission>}.
     */
    @GET
    @Path("/export/htcds")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "HTCDS v2.0 CSV", content = @Content(mediaType = "text/csv"))
    @Operation(summary = "The mission's counter-trafficking cases as HTCDS v2.0 CSV")
    public Response exportHtcds(@QueryParam("mission") String mission) {
        return attachment(htcds.export(QueryParams.missionCode("mission", mission)));
    }

    private static Response attachment(CaseListFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("X-Export-Rows", file.rows())
                .build();
    }

    @POST
    @Path("/duplicates")
    @Operation(summary = "The duplicate-person check of a person form")
    public List<CaseViews.PossibleDuplicate> duplicates(PersonForm person) {
        return cases.possibleDuplicates(person);
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search persons by name, document or phone (blind indexes)")
    public List<CaseViews.CaseRow> search(@QueryParam("by") @DefaultValue("name") String by, @QueryParam("value") String value,
                                          @QueryParam("birthYear") String birthYear, @QueryParam("sex") String sex) {
        return cases.search(new PersonSearch(by, value, QueryParams.integer("birthYear", birthYear), sex));
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "A case: household, movements, notes, status history, next steps (ETag: its version)")
    public CaseViews.CaseView find(@PathParam("number") String number) {
        return cases.find(number);
    }

    @POST
    @Path("/{number}/steps")
    @Operation(summary = "Take a workflow step (expectedVersion; If-Match accepted)")
    public CaseViews.CaseView step(@PathParam("number") String number, CaseWork.StepRequest request) {
        return work.step(number, request);
    }

    @POST
    @Path("/{number}/notes")
    @Operation(summary = "Add a note")
    public CaseViews.CaseView note(@PathParam("number") String number, Note note) {
        return work.addNote(number, note == null ? null : note.text());
    }

    @POST
    @Path("/{number}/movements")
    @Operation(summary = "Add a movement")
    public CaseViews.CaseView addMovement(@PathParam("number") String number, MovementForm movement) {
        return work.addMovement(number, movement);
    }

    @PUT
    @Path("/{number}/movements/{id}")
    @Operation(summary = "Change a movement (its version; If-Match accepted)")
    public CaseViews.CaseView updateMovement(@PathParam("number") String number, @PathParam("id") long id,
                                             MovementChange change) {
        return work.updateMovement(number, id, change.version(), change.movement());
    }

    @POST
    @Path("/{number}/members")
    @Operation(summary = "Add a household member")
    public CaseViews.CaseView addMember(@PathParam("number") String number, MemberForm member) {
        return work.addHouseholdMember(number, member);
    }

    @PUT
    @Path("/{number}/people/{id}")
    @Operation(summary = "Change a person of the household (their version; If-Match accepted)")
    public CaseViews.CaseView updatePerson(@PathParam("number") String number, @PathParam("id") long id,
                                           PersonChange change) {
        return work.updatePerson(number, id, change.version(), change.person());
    }

    /** Assigns the case ({@code {"assignee": "username" | null, "version": n}}). */
    @PUT
    @Path("/{number}/assignee")
    @Operation(summary = "Assign the case, or take or give it back (the case's version; If-Match accepted)")
    public CaseViews.CaseView assign(@PathParam("number") String number, CaseAssignments.AssignmentRequest request) {
        return assignments.assign(number, request);
    }

    /** Whom a mission manager may assign the case to. */
    /**
     * Consent withdrawn ({@code case:erase}): the case's personal data is deleted and its statistical records
     * withdrawn from the CDR. Body {@code {"version","reason"}}; 400 naming the field, 409 if stale or purged already.
     */
    @POST
    @Path("/{number}/consent-withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Consent withdrawn: delete the case's personal data")
    public CaseViews.CaseView withdrawConsent(@PathParam("number") String number,
                                              ConsentWithdrawals.WithdrawalRequest request) {
        return consentWithdrawals.withdraw(number, request);
    }

    @GET
    @Path("/{number}/assignees")
    @Operation(summary = "Whom a manager may assign the case to")
    public List<CaseViews.Assignee> assignees(@PathParam("number") String number) {
        return assignments.eligibleAssignees(number);
    }

    @GET
    @Path("/{number}/documents")
    @Operation(summary = "The document records of the household")
    public List<CaseViews.DocumentView> documents(@PathParam("number") String number) {
        return documents.list(number);
    }

    @POST
    @Path("/{number}/documents")
    @APIResponse(responseCode = "201", description = "The documents of the case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.cases.boundary.CaseViews.DocumentView.class, type = SchemaType.ARRAY)))
    @Operation(summary = "Add a document record")
    public Response addDocument(@PathParam("number") String number, DocumentForm document) {
        return Response.status(201).entity(documents.add(number, document)).build();
    }

    @PUT
    @Path("/{number}/documents/{id}")
    @Operation(summary = "Change a document record (its version; If-Match accepted)")
    public List<CaseViews.DocumentView> updateDocument(@PathParam("number") String number, @PathParam("id") long id,
                                                       DocumentChange change) {
        return documents.update(number, id, version(change == null ? null : change.version()),
                change == null ? null : change.document());
    }

    /** Marks a document record invalid ({@code {"version": n}}); it stays listed, as invalid. */
    @POST
    @Path("/{number}/documents/{id}/invalidation")
    @Operation(summary = "Mark a document record invalid")
    public List<CaseViews.DocumentView> invalidateDocument(@PathParam("number") String number, @PathParam("id") long id,
                                                           Invalidation invalidation) {
        return documents.invalidate(number, id, version(invalidation == null ? null : invalidation.version()));
    }

    private static long version(Long version) {
        if (version == null) {
            throw org.camino.platform.errors.InvalidInputException.of("version", "record.version.required");
        }
        return version;
    }

    @GET
    @Path("/{number}/history")
    @Operation(summary = "Who changed what and when (Envers history)")
    public List<CaseHistory.Change> history(@PathParam("number") String number) {
        return history.of(number);
    }
}
