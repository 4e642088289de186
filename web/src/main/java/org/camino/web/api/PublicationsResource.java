package org.camino.web.api;

import jakarta.inject.Inject;
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
import org.camino.platform.errors.InvalidInputException;
import org.camino.publishing.boundary.DraftRequest;
import org.camino.publishing.boundary.PublicationCatalogue;
import org.camino.publishing.boundary.Publications;
import org.camino.publishing.boundary.ReleaseView;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anonymised statistics at HQ, for analysts and publishers.
 * {@code GET /api/publications/catalogue}: populations, dimensions and standard
 * tables; {@code GET /api/publications}: every release; {@code POST
 * /api/publications}: draft one (built in the background: poll it);
 * {@code GET /api/publications/{id}}: a release with its tables, progress and
 * audit report; {@code POST /api/publications/{id}/publish|reject|discard}
 * with the {@code rowVersion} read (and a {@code reason} to reject).
 * Permissions are the service's.
 */
@Tag(name = "Publications")
@Path(CaminoApi.V1 + "/publications")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationsResource {

    /** A decision on a draft: the version the caller saw, and why (to send it back). */
    public record Decision(Long rowVersion, String reason) {
    }

    @Inject
    Publications publications;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/catalogue")
    public PublicationCatalogue catalogue(@QueryParam("lang") String lang) {
        return publications.catalogue(QueryParams.language(lang, headers));
    }

    @GET
    public List<ReleaseView> releases(@QueryParam("lang") String lang) {
        return publications.releases(QueryParams.language(lang, headers));
    }

    @POST
    @APIResponse(responseCode = "202", description = "Drafted: the release, being built", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.camino.publishing.boundary.ReleaseView.class)))
    public Response draft(DraftRequest request, @QueryParam("lang") String lang) {
        ReleaseView draft = publications.draft(request, QueryParams.language(lang, headers));
        return Response.status(Response.Status.ACCEPTED).entity(draft).build();
    }

    @GET
    @Path("/{id}")
    public ReleaseView release(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String language = QueryParams.language(lang, headers); // a malformed lang is named first
        return publications.release(id(id), language);
    }

    @POST
    @Path("/{id}/publish")
    public ReleaseView publish(@PathParam("id") String id, Decision decision, @QueryParam("lang") String lang) {
        String language = QueryParams.language(lang, headers); // a malformed lang is named first
        return publications.publish(id(id), rowVersion(decision), language);
    }

    @POST
    @Path("/{id}/reject")
    public ReleaseView reject(@PathParam("id") String id, Decision decision, @QueryParam("lang") String lang) {
        String language = QueryParams.language(lang, headers); // a malformed lang is named first
        return publications.reject(id(id), rowVersion(decision), decision.reason(), language);
    }

    @POST
    @Path("/{id}/discard")
    public ReleaseView discard(@PathParam("id") String id, Decision decision, @QueryParam("lang") String lang) {
        String language = QueryParams.language(lang, headers); // a malformed lang is named first
        return publications.discard(id(id), rowVersion(decision), language);
    }

    private static long id(String text) {
        Integer id = QueryParams.integer("id", text);
        if (id == null || id < 1) {
            throw InvalidInputException.of("id", QueryParams.INVALID);
        }
        return id;
    }

    private static long rowVersion(Decision decision) {
        if (decision.rowVersion() == null || decision.rowVersion() < 0) {
            throw InvalidInputException.of("rowVersion", QueryParams.INVALID);
        }
        return decision.rowVersion();
    }
}
