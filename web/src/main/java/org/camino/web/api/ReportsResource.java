package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.platform.errors.InvalidInputException;
import org.camino.reporting.boundary.ReportCatalogue;
import org.camino.reporting.boundary.ReportFile;
import org.camino.reporting.boundary.ReportRequest;
import org.camino.reporting.boundary.ReportView;
import org.camino.reporting.boundary.Reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mission reports over HTTP. {@code GET /api/reports}: the reports the caller
 * may run and the missions to choose from; {@code GET /api/reports/{id}}: a
 * report as JSON; {@code GET /api/reports/{id}/export?format=csv|xlsx|pdf}:
 * the same as a file. Parameters: {@code period} (2026-11, 2026-Q4, 2026) or
 * {@code from} and {@code to}; {@code mission} (repeated or comma-separated;
 * none: all the caller's); {@code by} (a dimension); {@code filter}
 * ({@code dimension:value}, repeated); {@code lang} (en, fr, es; default: the
 * Accept-Language). Permissions are the service's.
 */
@Tag(name = "Reports")
@Path(CaminoApi.V1 + "/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Reports reports;

    @Context
    HttpHeaders headers;

    @GET
    public ReportCatalogue catalogue(@QueryParam("lang") String lang) {
        return reports.catalogue(language(lang));
    }

    @GET
    @Path("/{report}")
    public ReportView run(@PathParam("report") String report, @QueryParam("period") String period,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("mission") List<String> missions, @QueryParam("by") String by,
                          @QueryParam("filter") List<String> filters, @QueryParam("lang") String lang) {
        return reports.run(request(report, period, from, to, missions, by, filters, lang));
    }

    @GET
    @Path("/{report}/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The report as a file", content = @Content(mediaType = "*/*"))
    public Response export(@PathParam("report") String report, @QueryParam("format") String format,
                           @QueryParam("period") String period, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("mission") List<String> missions,
                           @QueryParam("by") String by, @QueryParam("filter") List<String> filters,
                           @QueryParam("lang") String lang) {
        ReportFile file = reports.export(request(report, period, from, to, missions, by, filters, lang), format);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("X-Report-Rows", file.rows())
                .build();
    }

    private ReportRequest request(String report, String period, String from, String to, List<String> missions, String by,
                                  List<String> filters, String lang) {
        return new ReportRequest(report, period, from, to, missions(missions), by, filters(filters), language(lang));
    }

    static List<String> missions(List<String> parameters) {
        List<String> missions = new ArrayList<>();
        for (String parameter : parameters == null ? List.<String>of() : parameters) {
            for (String code : parameter.split(",")) {
                if (!code.isBlank()) {
                    missions.add(code.trim());
                }
            }
        }
        return missions;
    }

    /** {@code dimension:value} each; anything else, or the same dimension twice, is a 400 naming {@code filter}. */
    static Map<String, String> filters(List<String> parameters) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String parameter : parameters == null ? List.<String>of() : parameters) {
            int colon = parameter.indexOf(':');
            if (colon < 1 || colon == parameter.length() - 1
                    || filters.put(parameter.substring(0, colon).trim(), parameter.substring(colon + 1).trim()) != null) {
                throw InvalidInputException.of("filter", QueryParams.INVALID);
            }
        }
        return filters;
    }

    private String language(String lang) {
        return QueryParams.language(lang, headers);
    }
}
