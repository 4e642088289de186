package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.reporting.boundary.MonthlyReport;
import org.camino.reporting.boundary.MonthlyReports;
import org.camino.reporting.boundary.ReportFile;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The missions' automatic monthly reports. {@code GET /api/reports/monthly?mission=}:
 * the stored files of a mission (none given: of all the caller's missions);
 * {@code GET /api/reports/monthly/{id}}: a file (PDF or XLSX), for holders of
 * {@code report:run} of its mission. {@code POST /api/reports/monthly/produce}:
 * administrators produce now what the hourly timer would.
 */
@Tag(name = "Reports")
@Path(CaminoApi.V1 + "/reports/monthly")
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyReportsResource {

    @Inject
    MonthlyReports monthly;

    @GET
    public List<MonthlyReport> list(@QueryParam("mission") String mission) {
        return monthly.list(QueryParams.missionCode("mission", mission));
    }

    @GET
    @Path("/{id}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The report file", content = @Content(mediaType = "*/*"))
    public Response download(@PathParam("id") String id) {
        ReportFile file = monthly.download(SavedReportsResource.id(id));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .build();
    }

    @POST
    @Path("/produce")
    public JsonObject produce() {
        return Json.createObjectBuilder().add("filesProduced", monthly.produceDue()).build();
    }
}
