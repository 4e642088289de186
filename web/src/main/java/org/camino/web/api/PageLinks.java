package org.camino.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import org.camino.cases.boundary.CaseViews;

/**
 * A page of a list ({@code offset}, {@code limit}) links to the first, previous and next pages in
 * {@code Link} headers (RFC 8288), beside the page's own {@code offset}, {@code limit} and {@code total} in
 * the body; the links keep the request's filters. No "last": a total may be an estimate.
 */
@Provider
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof CaseViews.Page<?> page) || page.limit() <= 0) {
            return;
        }
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder();
        response.getHeaders().add("Link", link(uri, 0, page.limit(), "first"));
        if (page.offset() > 0) {
            response.getHeaders().add("Link", link(uri, Math.max(0, page.offset() - page.limit()), page.limit(), "prev"));
        }
        boolean more = page.totalIsEstimate() || (long) page.offset() + page.rows().size() < page.total();
        if (more && page.rows().size() == page.limit()) {
            response.getHeaders().add("Link", link(uri, page.offset() + page.limit(), page.limit(), "next"));
        }
    }

    private static Link link(UriBuilder uri, int offset, int limit, String rel) {
        return Link.fromUri(uri.clone().replaceQueryParam("offset", offset).replaceQueryParam("limit", limit).build())
                .rel(rel).build();
    }
}
