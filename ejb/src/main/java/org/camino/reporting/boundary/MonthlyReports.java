package org.camino.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.platform.errors.NotFoundException;
import org.camino.reporting.control.MonthlyReportStore;
import org.camino.reporting.control.ReportScope;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;
import org.camino.security.control.ScopedAccess;
import org.camino.security.control.SignedIn;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The automatic monthly reports of the missions ({@link MonthlyReportProduction}
 * makes them): listed for and downloaded by holders of
 * {@code report:run:<mission>} of their mission; a download is in the access log.
 */
@Stateless
@Guarded
public class MonthlyReports {

    @Inject
    MonthlyReportStore store;

    @Inject
    MonthlyReportProduction production;

    @Inject
    ReportScope scope;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /**
     * The stored monthly reports of a mission ({@code mission} null: of every mission the caller reports on),
     * newest month first. A mission the caller does not report on is refused.
     */
    @ScopedAccess("report:run:<mission>")
    public List<MonthlyReport> list(String mission) {
        List<String> missions = scope.reportingMissions();
        if (mission != null) {
            if (!accessControl.isPermitted("report:run:" + mission.toLowerCase(Locale.ROOT))) {
                accessControl.deny(accessControl.caller(), "report:run:" + mission, "monthly reports");
            }
            missions = List.of(mission);
        } else if (missions.isEmpty()) {
            accessControl.deny(accessControl.caller(), "report:run", "monthly reports");
        }
        return store.list(missions).stream().map(MonthlyReports::view).toList();
    }

    /**
     * The reports of the last ended month of the caller's missions that are ready (for the home page's
     * announcement): any signed-in user, who sees those of the missions they hold {@code report:run} of only.
     */
    @SignedIn("anyone signed in: only the missions they hold report:run of are looked at")
    public List<MonthlyReport> lastMonthReady() {
        String lastMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1).toString();
        List<String> missions = scope.reportingMissions();
        return missions.isEmpty() ? List.of() : store.list(missions).stream().map(MonthlyReports::view)
                .filter(r -> r.month().equals(lastMonth)).toList();
    }

    /** A stored file; not found unless the caller holds {@code report:run} of its mission. */
    @ScopedAccess("report:run:<mission of the file>")
    public ReportFile download(long id) {
        MonthlyReportStore.Entry entry = store.entry(id)
                .filter(e -> accessControl.isPermitted("report:run:" + e.mission().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new NotFoundException("Monthly report"));
        accessLog.record(AccessLog.Event.MONTHLY_REPORT_DOWNLOADED, accessControl.caller().username(),
                "monthly-report:" + entry.mission() + ":" + entry.month(), "format=" + entry.format() + " id=" + id);
        return new ReportFile(entry.filename(), entry.contentType(), store.content(id), 0);
    }

    /** Produces now what is due (what the hourly timer would): for administrators, after a server was down. */
    @Requires("admin:missions")
    public int produceDue() {
        return production.produceDue(clock.instant());
    }

    private static MonthlyReport view(MonthlyReportStore.Entry e) {
        return new MonthlyReport(e.id(), e.mission(), e.month().toString(), e.format(), e.filename(), e.size(),
                e.producedAt());
    }
}
