package org.camino.repository.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.platform.errors.NotFoundException;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.util.List;
import java.util.Locale;

/**
 * The central data repository as HQ's analysts and publishers see it
 * ({@code cdr:read}): how each mission's feed is doing, and record totals by
 * mission, case type, event type and month. Pseudonymised records only;
 * nothing here can name a person.
 */
@Stateless
@Guarded
public class CdrOverview {

    @Inject
    HqQueries queries;

    @Inject
    Settings settings;

    @Requires("cdr:read")
    public List<HqQueries.MissionFeed> feeds() {
        hq();
        return queries.feeds();
    }

    /** Totals of one mission (code) or of all (null or blank). */
    @Requires("cdr:read")
    public List<HqQueries.Total> totals(String mission) {
        hq();
        return queries.totals(mission == null || mission.isBlank() ? null : mission.trim().toUpperCase(Locale.ROOT));
    }

    /** The latest batches received, rejected and refused ones with their error. */
    @Requires("cdr:read")
    public List<HqQueries.Batch> batches(int limit) {
        hq();
        return queries.batches(Math.max(1, Math.min(limit, 500)));
    }

    private void hq() {
        if (!settings.holdsRepository()) {
            throw new NotFoundException("Central data repository");
        }
    }
}
