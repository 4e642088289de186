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
import org.camino.publishing.boundary.OpenData;
import org.camino.publishing.boundary.PublicationFile;
import org.camino.publishing.boundary.ReleaseView;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open data, without sign-in (ApiAuthFilter lets GET requests under
 * /api/open-data through): {@code GET /api/open-data/releases}, {@code GET
 * /api/open-data/releases/{series}/{version}} and {@code GET
 * .../{version}/tables/{table}/{csv|json|sdmx-csv}}, {@code .../{version}/extract/{csv|json}}
 * (the counter-trafficking microdata extract). Only published releases
 * exist here.
 */
@Tag(name = "Open data")
@Path(CaminoApi.V1 + "/open-data")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {

    @Inject
    OpenData openData;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/releases")
    public List<ReleaseView> releases(@QueryParam("lang") String lang) {
        return openData.releases(QueryParams.language(lang, headers));
    }

    @GET
    @Path("/releases/{series}/{version}")
    public ReleaseView release(@PathParam("series") String series, @PathParam("version") String version,
                               @QueryParam("lang") String lang) {
        String language = QueryParams.language(lang, headers); // a malformed lang is named first
        return openData.release(series, version(version), language);
    }

    @GET
    @Path("/releases/{series}/{version}/tables/{table}/{format}")
    @Produces({"text/csv", "application/vnd.sdmx.data+csv", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The table as a file", content = @Content(mediaType = "*/*"))
    public Response table(@PathParam("series") String series, @PathParam("version") String version,
                          @PathParam("table") String table, @PathParam("format") String format) {
        return file(openData.file(series, version(version), table, format));
    }

    @GET
    @Path("/releases/{series}/{version}/extract/{format}")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The extract as a file", content = @Content(mediaType = "*/*"))
    public Response extract(@PathParam("series") String series, @PathParam("version") String version,
                            @PathParam("format") String format) {
        return file(openData.extract(series, version(version), format));
    }

    private static Response file(PublicationFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "public, max-age=300")
                .build();
    }

    private static int version(String text) {
        Integer version = QueryParams.integer("version", text);
        if (version == null || version < 1) {
            throw InvalidInputException.of("version", QueryParams.INVALID);
        }
        return version;
    }
}
