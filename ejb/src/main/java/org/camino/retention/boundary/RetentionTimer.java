package org.camino.retention.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.retention.control.RetentionJob;
import org.camino.security.control.Guarded;

/**
 * Every night, on every server that holds cases: the retention purge. Not a
 * persistent timer: each server has its own, and the claim makes one of them
 * run while the others leave. It has no business method: only the container's
 * timer calls it.
 */
@Singleton
@Guarded
public class RetentionTimer {

    static final String SYSTEM = "system";

    @Inject
    Settings settings;

    @Inject
    RetentionJob job;

    @Schedule(hour = "2", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purgeDue() {
        if (settings.holdsCases()) {
            job.run(SYSTEM);
        }
    }
}
