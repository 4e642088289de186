package org.camino.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the reports' SQL ({@link ReportSql}): counts by mission and one dimension. */
@ApplicationScoped
public class ReportQueries {

    /** One cell: a mission, a value of the dimension ("" for a total), the count. */
    public record Count(String mission, String value, long count) {
    }

    /** A report's breakdown (by mission and value) and each mission's total (value ""). */
    public record Figures(List<Count> rows, List<Count> totals) {
    }

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    public ReportQueries() {
    }

    /** On a plain data source (tests). */
    public ReportQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The counts by mission and {@code by} and each mission's total, from one query (one scan of the rows):
     * the same figures as {@code counts(.., by, ..)} and {@code counts(.., null, ..)}. A report that counts rows
     * (each row in exactly one cell) sums its cells; distinct counts get their totals from the same scan (grouping
     * sets, which PostgreSQL cannot aggregate in parallel workers, hence not for plain counts); the medians, from
     * the same histograms ({@link MedianDays}).
     */
    public Figures figures(ReportDefinition report, ReportSql.Store store, String by, Map<String, String> filters,
                           List<String> missions, List<String> traffickingMissions, Period period) {
        if (report.unit() == ReportDefinition.Unit.DAYS) {
            return MedianDays.of(histograms(report, by, filters, missions, traffickingMissions, period));
        }
        if (totalsAreSums(report)) {
            List<Count> rows = run(report, store, by, false, filters, missions, traffickingMissions, period);
            Map<String, Long> sums = new LinkedHashMap<>(); // rows come sorted by mission
            rows.forEach(row -> sums.merge(row.mission(), row.count(), Long::sum));
            return new Figures(rows, sums.entrySet().stream().map(e -> new Count(e.getKey(), "", e.getValue())).toList());
        }
        if (report.kind() == ReportDefinition.Kind.STATISTICS && ReportSql.readsDistinctTotals(store, report)) {
            // a sum over the totals' cells: the breakdown and the missions' totals read different cells
            List<Count> rows = run(report, store, by, false, filters, missions, traffickingMissions, period);
            List<Count> totals = run(report, store, null, false, filters, missions, traffickingMissions, period).stream()
                    .map(total -> new Count(total.mission(), "", total.count())).toList();
            return new Figures(rows, totals);
        }
        List<Count> rows = new ArrayList<>();
        List<Count> totals = new ArrayList<>();
        for (Count count : run(report, store, by, true, filters, missions, traffickingMissions, period)) {
            if (count.value() == null) {
                totals.add(new Count(count.mission(), "", count.count()));
            } else {
                rows.add(count);
            }
        }
        return new Figures(rows, totals);
    }

    /**
     * The counts of a report over the period in these missions; {@code by}
     * null gives one total per mission. {@code filters}: dimension id → value.
     * {@code traffickingMissions}: where counter-trafficking cases may be counted
     * (caseload only; a trafficking report is asked for those missions alone).
     */
    public List<Count> counts(ReportDefinition report, ReportSql.Store store, String by, Map<String, String> filters,
                              List<String> missions, List<String> traffickingMissions, Period period) {
        if (report.unit() == ReportDefinition.Unit.DAYS) {
            return MedianDays.of(histograms(report, by, filters, missions, traffickingMissions, period)).rows();
        }
        return run(report, store, by, false, filters, missions, traffickingMissions, period);
    }

    /** True if the report counts rows (events, or cases in the caseload), each in one cell: its totals are sums. */
    private static boolean totalsAreSums(ReportDefinition report) {
        String aggregate = report.kind() == ReportDefinition.Kind.STATISTICS ? report.unit().statisticsCount()
                : report.unit().caseloadAggregate();
        return "count(*)".equals(aggregate);
    }

    private List<Count> run(ReportDefinition report, ReportSql.Store store, String by, boolean totals,
                            Map<String, String> filters, List<String> missions, List<String> traffickingMissions,
                            Period period) {
        List<String> filterDims = List.copyOf(filters.keySet());
        boolean statistics = report.kind() == ReportDefinition.Kind.STATISTICS;
        String sql = statistics ? ReportSql.statistics(store, report, by, filterDims, totals)
                : ReportSql.caseload(report, by, filterDims, totals);
        return JdbcRows.query(dataSource, sql, s -> bind(s, report, filters, missions, traffickingMissions, period),
                rs -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    /** The steps' histograms of a median report, by mission and {@code by}, sorted ({@link ReportSql#milestoneHistograms}). */
    private List<MedianDays.Histogram> histograms(ReportDefinition report, String by, Map<String, String> filters,
                                                  List<String> missions, List<String> traffickingMissions, Period period) {
        String sql = ReportSql.milestoneHistograms(report, by, List.copyOf(filters.keySet()), period);
        return JdbcRows.query(dataSource, sql, s -> {
                    int i = 1;
                    s.setArray(i++, s.getConnection().createArrayOf("varchar", missions.toArray()));
                    s.setArray(i++, s.getConnection().createArrayOf("varchar", traffickingMissions.toArray()));
                    for (String dimension : filters.keySet()) {
                        s.setString(i++, filters.get(dimension));
                    }
                },
                rs -> new MedianDays.Histogram(rs.getString(1), rs.getString(2),
                        Arrays.stream((Integer[]) rs.getArray(3).getArray()).mapToInt(Integer::intValue).toArray(),
                        Arrays.stream((Long[]) rs.getArray(4).getArray()).mapToLong(Long::longValue).toArray()));
    }

    /** The parameters of {@link ReportSql}'s texts: the missions, the case type or trafficking missions, the dates, the filters' values. */
    private static void bind(PreparedStatement s, ReportDefinition report, Map<String, String> filters, List<String> missions,
                             List<String> traffickingMissions, Period period) throws SQLException {
        Connection c = s.getConnection();
        int i = 1;
        if (report.kind() == ReportDefinition.Kind.STATISTICS) {
            s.setArray(i++, c.createArrayOf("varchar", missions.toArray()));
            s.setString(i++, report.caseType());
            s.setDate(i++, Date.valueOf(period.firstMonth().atDay(1)));
            s.setDate(i++, Date.valueOf(period.lastMonth().atDay(1)));
        } else {
            s.setDate(i++, Date.valueOf(period.from()));
            s.setDate(i++, Date.valueOf(period.to()));
            s.setArray(i++, c.createArrayOf("varchar", missions.toArray()));
            s.setArray(i++, c.createArrayOf("varchar", traffickingMissions.toArray()));
        }
        for (String dimension : filters.keySet()) { // the order of ReportSql's filters: List.copyOf(filters.keySet())
            s.setString(i++, filters.get(dimension));
        }
    }
}
