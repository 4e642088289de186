package org.camino.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API lives under /camino/api/v1. Every resource names its path after {@link #V1}, so a
 * version 2 would be new resources beside these; the unversioned paths of before (/camino/api/cases...)
 * are served by the same resources until their sunset ({@link ApiVersions}).
 */
@ApplicationPath("/api")
public class CaminoApi extends Application {

    /** The path segment of the current version of the API. */
    public static final String V1 = "/v1";
}
