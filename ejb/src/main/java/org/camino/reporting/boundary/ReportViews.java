package org.camino.reporting.boundary;

import org.camino.reporting.control.Period;
import org.camino.reporting.control.ReportDefinition;
import org.camino.reporting.control.ReportQueries;
import org.camino.reporting.control.ReportSql;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report's counts as a {@link ReportView}, once whoever asked has settled
 * which missions it counts: {@link Reports} for a caller, the monthly report
 * for a mission.
 */
final class ReportViews {

    private ReportViews() {
    }

    /**
     * @param traffickingMissions where counter-trafficking cases may be counted (caseload reports)
     * @param by                  one of the report's dimensions
     * @param filters             dimension id → value, dimensions of the report
     */
    static ReportView of(ReportQueries queries, ReportDefinition report, ReportSql.Store store, List<String> missions,
                         List<String> traffickingMissions, String by, Map<String, String> filters, Period period,
                         ReportTexts texts, Instant generatedAt) {
        ReportQueries.Figures figures = queries.figures(report, store, by, filters, missions, traffickingMissions, period);
        List<ReportQueries.Count> counts = figures.rows();
        List<ReportQueries.Count> totals = figures.totals();
        boolean statistics = report.kind() == ReportDefinition.Kind.STATISTICS;
        String description = statistics
                ? texts.counts(report.id(), period.firstMonth().toString(), period.lastMonth().toString())
                : texts.counts(report.id(), period.from().toString(), period.to().toString());
        return new ReportView(report.id(), texts.title(report.id()), description, report.unit().name(), period.label(),
                period.from(), period.to(), store.name(), missions, by, texts.dimension(report.id(), by),
                dimensions(report, texts), filters, rows(counts), rows(totals),
                report.unit().adds() ? totals.stream().mapToLong(ReportQueries.Count::count).sum() : null, generatedAt);
    }

    static List<ReportView.Dimension> dimensions(ReportDefinition report, ReportTexts texts) {
        return report.dimensions().stream().map(d -> new ReportView.Dimension(d, texts.dimension(report.id(), d))).toList();
    }

    private static List<ReportView.Row> rows(List<ReportQueries.Count> counts) {
        return counts.stream().map(c -> new ReportView.Row(c.mission(), c.value(), c.count())).toList();
    }
}
