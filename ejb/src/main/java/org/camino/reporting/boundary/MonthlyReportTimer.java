package org.camino.reporting.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.security.control.Guarded;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Every hour, on every server that holds cases: produces the monthly reports
 * that are due (the month has ended and they are not stored yet). Not a
 * persistent timer: each server runs its own, and the store keeps one copy.
 * It has no business method: nobody can call it, only the container's timer.
 */
@Singleton
@Guarded
public class MonthlyReportTimer {

    private static final Logger LOG = Logger.getLogger(MonthlyReportTimer.class.getName());

    @Inject
    Settings settings;

    @Inject
    MonthlyReportProduction production;

    @Inject
    Clock clock;

    @Schedule(minute = "5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void produceDue() {
        if (!settings.holdsCases()) {
            return;
        }
        int stored = production.produceDue(clock.instant());
        if (stored > 0) {
            LOG.info("Monthly reports: " + stored + " files produced");
        }
    }
}
