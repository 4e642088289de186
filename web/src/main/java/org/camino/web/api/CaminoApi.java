package org.camino.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /camino/api. */
@ApplicationPath("/api")
public class CaminoApi extends Application {
}
