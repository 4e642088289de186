package org.camino.reporting.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.reporting.control.ReportTotals;
import org.camino.security.control.Guarded;

/**
 * Every minute, on every server that holds cases: compacts the report totals
 * (each write inserts its changes as rows of their own; see V34). Not a
 * persistent timer: each server runs its own, and the database lets one
 * compact at a time. No business method: only the container's timer calls it.
 */
@Singleton
@Guarded
public class ReportTotalsTimer {

    @Inject
    Settings settings;

    @Inject
    ReportTotals totals;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void compact() {
        if (settings.holdsCases()) {
            totals.compact();
        }
    }
}
