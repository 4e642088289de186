package org.camino.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The unversioned paths of before v1 (/camino/api/cases...) keep working until {@link #SUNSET}: such a
 * request is served by the v1 resource of the same path (there is one implementation), and its answer
 * says that the path is deprecated (RFC 9745 {@code Deprecation}), when it goes (RFC 8594 {@code Sunset})
 * and where its successor is ({@code Link rel="successor-version"}).
 */
@Provider
@PreMatching
public class ApiVersions implements ContainerRequestFilter, ContainerResponseFilter {

    /** The day v1 came and the unversioned paths were deprecated. */
    static final Instant DEPRECATED = Instant.parse("2026-12-07T00:00:00Z");
    /** After this instant the unversioned paths may stop answering (README, "API versions"). */
    static final Instant SUNSET = Instant.parse("2027-12-31T23:59:59Z");

    private static final String SUCCESSOR = ApiVersions.class.getName() + ".successor";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        String relative = path.startsWith("/") ? path : "/" + path;
        if (relative.equals(CaminoApi.V1) || relative.startsWith(CaminoApi.V1 + "/")) {
            return;
        }
        URI base = request.getUriInfo().getBaseUri();
        String basePath = base.getRawPath().endsWith("/") ? base.getRawPath().substring(0, base.getRawPath().length() - 1)
                : base.getRawPath();
        String successorPath = basePath + CaminoApi.V1 + relative;
        URI successor = UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replacePath(successorPath).build();
        request.setRequestUri(base, successor);
        request.setProperty(SUCCESSOR, successorPath);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object successor = request.getProperty(SUCCESSOR);
        if (successor == null) {
            return;
        }
        response.getHeaders().putSingle("Deprecation", "@" + DEPRECATED.getEpochSecond());
        response.getHeaders().putSingle("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(SUNSET.atOffset(ZoneOffset.UTC)));
        response.getHeaders().add("Link", "<" + successor + ">; rel=\"successor-version\"");
    }
}
