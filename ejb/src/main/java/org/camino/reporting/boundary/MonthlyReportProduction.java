package org.camino.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camino.reporting.control.MonthlyReportStore;
import org.camino.reporting.control.Period;
import org.camino.reporting.control.ReportDefinition;
import org.camino.reporting.control.ReportQueries;
import org.camino.reporting.control.ReportSql;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces the monthly report of every active mission once its month has
 * ended (months in UTC): a fixed bundle of the mission's reports for that
 * month, as one PDF and one XLSX, kept in {@code monthly_report}. A server
 * that was down at a month end catches up the last {@link #CATCH_UP_MONTHS}
 * months. Every server's timer calls {@link #produceDue}; a month already
 * stored is skipped, and two servers producing the same month at once store
 * it once (the table's unique key). No caller: not for the web, which asks
 * {@link MonthlyReports}.
 * <p>
 * The bundle leaves out the counter-trafficking reports and the CT cases of
 * the caseload: the files are downloaded by every holder of
 * {@code report:run} of the mission, and not all of them may see CT figures.
 * It leaves out the workload per person too (it names staff).
 */
@ApplicationScoped // not an entry point: only the timer and MonthlyReports (which checks its caller) call it
public class MonthlyReportProduction {

    /** How many ended months a server looks back at: the last three. */
    static final int CATCH_UP_MONTHS = 3;

    /** The reports of the bundle, in order, each with its breakdown. */
    static final List<Map.Entry<ReportDefinition, String>> BUNDLE = List.of(
            Map.entry(ReportDefinition.AVRR_RETURNS, "destinationCountry"),
            Map.entry(ReportDefinition.AVRR_REINTEGRATION, "code"),
            Map.entry(ReportDefinition.AVRR_MONITORING, "code"),
            Map.entry(ReportDefinition.RESETTLEMENT_DEPARTURES, "destinationCountry"),
            Map.entry(ReportDefinition.RESETTLEMENT_STATUS, "status"),
            Map.entry(ReportDefinition.HEALTH_ASSESSMENTS, "code"),
            Map.entry(ReportDefinition.CASELOAD_OPEN, "caseType"),
            Map.entry(ReportDefinition.CASELOAD_OPENED, "caseType"),
            Map.entry(ReportDefinition.CASELOAD_CLOSED, "reason"));

    static final List<ReportFiles.Format> FORMATS = List.of(ReportFiles.Format.PDF, ReportFiles.Format.XLSX);

    private static final Logger LOG = Logger.getLogger(MonthlyReportProduction.class.getName());

    @Inject
    MonthlyReportStore store;

    @Inject
    ReportQueries queries;

    /**
     * Produces what is due at {@code now}: for each active mission, each of the last ended months not
     * stored yet. Each mission-month is one statement (both files or neither), outside any transaction
     * so that one failing month does not undo the others. Returns how many files this call stored.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int produceDue(Instant now) {
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        int stored = 0;
        for (String mission : store.activeMissions()) {
            for (int back = CATCH_UP_MONTHS; back >= 1; back--) {
                YearMonth month = current.minusMonths(back);
                if (store.produced(mission, month, FORMATS.size())) {
                    continue;
                }
                try {
                    stored += produce(mission, month, now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The monthly report of " + mission + " for " + month + " failed; the next run tries again", e);
                }
            }
        }
        return stored;
    }

    private int produce(String mission, YearMonth month, Instant now) {
        ReportTexts texts = ReportTexts.of("en");
        Period period = Period.month(month);
        Instant generatedAt = now.truncatedTo(ChronoUnit.SECONDS);
        List<ReportView> views = BUNDLE.stream().map(entry -> ReportViews.of(queries, entry.getKey(), ReportSql.Store.MISSION,
                List.of(mission), List.of(), entry.getValue(), Map.of(), period, texts, generatedAt)).toList();
        String filename = "monthly-report_" + mission + "_" + month;
        String title = texts.monthlyTitle(mission, month.toString());
        List<MonthlyReportStore.NewFile> files = FORMATS.stream().map(format -> {
            ReportFile file = ReportFiles.writeBundle(filename, title, views, format, texts);
            return new MonthlyReportStore.NewFile(format.extension(), file.filename(), file.contentType(), file.content());
        }).toList();
        return store.store(mission, month, files);
    }
}
