package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camino.imports.boundary.CaseImports;
import org.camino.imports.boundary.ImportRejectedException;
import org.camino.imports.boundary.ImportRequest;
import org.camino.imports.boundary.ImportViews.ImportStatus;
import org.camino.imports.boundary.ImportViews.TemplateFile;
import org.camino.platform.errors.InvalidFileException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.imports.ImportTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bulk import of cases (README, "Bulk import"): templates, dry run, import,
 * progress. The file is the request body as it is (CSV or XLSX, any content
 * type); the rest are query parameters, parsed here before the service checks
 * any permission. Reports and refusals are in the caller's language
 * ({@code lang}, else Accept-Language).
 */
@Tag(name = "Imports")
@Path(CaminoApi.V1 + "/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    CaseImports imports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/template")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The blank import file", content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @Operation(summary = "The blank import file of a case type")
    public Response template(@QueryParam("type") String type, @QueryParam("format") String format,
                             @QueryParam("lang") String lang) {
        TemplateFile file = imports.template(type, format, Locale.forLanguageTag(QueryParams.language(lang, headers)));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    @POST
    @Path("/dry-run")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", description = "The report: rows, problems, likely duplicates; nothing saved", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @Operation(summary = "Check a file, save nothing")
    public Response dryRun(@QueryParam("mission") String mission, @QueryParam("type") String type,
                                      @QueryParam("lang") String lang, byte[] file) {
        Locale locale = Locale.forLanguageTag(QueryParams.language(lang, headers));
        try {
            return Response.ok(ImportTexts.report(imports.dryRun(new ImportRequest(
                    QueryParams.missionCode("mission", mission), type, null, file, List.of(), List.of())), locale)).build();
        } catch (InvalidFileException refused) {
            return ApiErrors.json(400, ImportTexts.invalidFile(refused, locale));
        }
    }

    /**
     * Starts the import: 202 with its status; 400 with the report if a row has a problem; 409 with the
     * likely duplicates neither in {@code skip} nor in {@code confirm} (comma-separated row numbers), or if
     * the mission already has this file.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "202", description = "Importing: its status", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.imports.boundary.ImportViews.ImportStatus.class)))
    @Operation(summary = "Import a file (all or nothing, in the background)")
    public Response start(@QueryParam("mission") String mission, @QueryParam("type") String type,
                          @QueryParam("fileName") String fileName, @QueryParam("skip") String skip,
                          @QueryParam("confirm") String confirm, @QueryParam("lang") String lang, byte[] file) {
        Locale locale = Locale.forLanguageTag(QueryParams.language(lang, headers));
        ImportRequest request = new ImportRequest(QueryParams.missionCode("mission", mission), type, fileName, file,
                rows("skip", skip), rows("confirm", confirm));
        try {
            return Response.status(202).entity(imports.start(request)).build();
        } catch (InvalidFileException refused) {
            return ApiErrors.json(400, ImportTexts.invalidFile(refused, locale));
        } catch (ImportRejectedException rejected) {
            Map<String, Object> body = ImportTexts.rejection(rejected, locale);
            return ApiErrors.json(rejected.duplicatesOnly() ? 409 : 400, body);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import's progress")
    public ImportStatus status(@PathParam("id") String id) {
        Integer number = QueryParams.integer("id", id);
        return imports.status(number);
    }

    @GET
    @Operation(summary = "The mission's latest imports")
    public List<ImportStatus> recent(@QueryParam("mission") String mission) {
        return imports.recent(QueryParams.missionCode("mission", mission));
    }

    /** Row numbers, comma-separated: {@code 3,7,12}. */
    static List<Integer> rows(String name, String text) {
        List<Integer> rows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return rows;
        }
        for (String part : text.split(",")) {
            try {
                rows.add(Integer.valueOf(part.trim()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(name, "parameter.invalid");
            }
        }
        return rows;
    }
}
