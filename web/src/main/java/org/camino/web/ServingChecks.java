package org.camino.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camino.operations.boundary.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Camino's MicroProfile Health checks, served by WildFly on the management
 * interface ({@code /health/ready}, {@code /health/live}). Ready: the database
 * answers and its schema is migrated (the same check as {@code /api/health}),
 * so a load balancer sends no user to a node that would fail them. Live: the
 * application is deployed and answering; a database outage is not a reason
 * to restart the server (it recovers by itself when the database is back).
 * In the web module: WildFly looks for a deployment's checks in its web archive.
 */
@ApplicationScoped
public class ServingChecks {

    @Inject
    HealthCheck healthCheck;

    @Produces
    @Readiness
    org.eclipse.microprofile.health.HealthCheck database() {
        return () -> {
            HealthCheck.Health health = healthCheck.check();
            return HealthCheckResponse.named("camino-database").status(health.up())
                    .withData("databaseReachable", health.databaseReachable())
                    .withData("schemaVersion", String.valueOf(health.schemaVersion()))
                    .withData("nodeRole", health.nodeRole()).build();
        };
    }

    @Produces
    @Liveness
    org.eclipse.microprofile.health.HealthCheck application() {
        return () -> HealthCheckResponse.named("camino-application").up().build();
    }
}
