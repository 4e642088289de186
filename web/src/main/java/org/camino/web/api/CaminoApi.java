package org.camino.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API lives under /camino/api/v1. Every resource names its path after {@link #V1}, so a
 * version 2 would be new resources beside these; the unversioned paths of before (/camino/api/cases...)
 * are served by the same resources until their sunset ({@link ApiVersions}).
 */
@OpenAPIDefinition(info = @Info(title = "Camino API", version = "1",
        description = "Case management for assisted movements. Errors are RFC 9457 problems; edits carry versions "
                + "(body, or ETag / If-Match); the unversioned paths of before v1 are deprecated until 31 December 2027."))
@ApplicationPath("/api")
public class CaminoApi extends Application {

    /** The path segment of the current version of the API. */
    public static final String V1 = "/v1";
}
