package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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
import org.camino.platform.errors.InvalidInputException;
import org.camino.reporting.boundary.ReportView;
import org.camino.reporting.boundary.SavedReport;
import org.camino.reporting.boundary.SavedReportForm;
import org.camino.reporting.boundary.SavedReports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's saved reports. {@code GET /api/reports/saved}: their list;
 * {@code POST}: save a request under a name ({@code {"name", "report",
 * "period" | "from"+"to", "missions", "by", "filters": {dimension: value}}});
 * {@code PUT /{id}}: rename ({@code {"name", "version"}}); {@code DELETE
 * /{id}?version=}; {@code POST /{id}/run}: the report as run now, with the
 * caller's permissions of now. Another user's saved report is not found.
 */
@Tag(name = "Reports")
@Path(CaminoApi.V1 + "/reports/saved")
@Produces(MediaType.APPLICATION_JSON)
public class SavedReportsResource {

    /** A rename: the new name, on the version read. */
    public record Rename(String name, Long version) {
    }

    @Inject
    SavedReports saved;

    @Context
    HttpHeaders headers;

    @GET
    public List<SavedReport> list(@QueryParam("lang") String lang) {
        return saved.list(QueryParams.language(lang, headers));
    }

    @POST
    @APIResponse(responseCode = "201", description = "The saved report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.reporting.boundary.SavedReport.class)))
    public Response save(SavedReportForm form, @QueryParam("lang") String lang) {
        SavedReport report = saved.save(form, QueryParams.language(lang, headers));
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    @PUT
    @Path("/{id}")
    public SavedReport rename(@PathParam("id") String id, Rename rename, @QueryParam("lang") String lang) {
        String language = QueryParams.language(lang, headers); // a malformed lang is named first
        return saved.rename(id(id), rename.version(), rename.name(), language);
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Deleted", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        Integer rowVersion = QueryParams.integer("version", version);
        if (rowVersion != null && rowVersion < 0) {
            throw InvalidInputException.of("version", QueryParams.INVALID);
        }
        saved.delete(id(id), rowVersion == null ? null : rowVersion.longValue());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/run")
    public ReportView run(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String language = QueryParams.language(lang, headers); // a malformed lang is named first
        return saved.run(id(id), language);
    }

    static long id(String text) {
        Integer id = QueryParams.integer("id", text);
        if (id == null || id < 1) {
            throw InvalidInputException.of("id", QueryParams.INVALID);
        }
        return id;
    }
}
