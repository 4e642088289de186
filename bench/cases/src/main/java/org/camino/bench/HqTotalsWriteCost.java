package org.camino.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What HQ's report totals (V44: statement triggers on {@code cdr_record}) cost the ingest: batches of new records,
 * then a correction of each of them (another month: the old version deleted, the new inserted), posted with the
 * triggers on and off in turn (on, off, off, on, on, off, ...) so that the store's growth and the machine's load
 * fall on both alike. The totals the triggers missed are rebuilt at the end (timed).
 */
final class HqTotalsWriteCost {

    /** Posts records [first, end) as version {@code version} in month shift {@code shift}; milliseconds spent. */
    interface Ingest {
        double post(int first, int end, long version, int shift);
    }

    private static final String[] TRIGGERS = {"cdr_stat_totals_insert", "cdr_stat_totals_delete", "cdr_stat_totals_update"};

    private HqTotalsWriteCost() {
    }

    /** Lines of the report: {@code rounds} batches of {@code batch} new records from record {@code first}. */
    static List<String> measure(Connection db, Ingest ingest, int first, int batch, int rounds) throws SQLException {
        double[] inserted = new double[2]; // [0]: triggers on, [1]: off
        double[] corrected = new double[2];
        int[] records = new int[2];
        for (int round = 0; round < rounds; round++) {
            int off = round % 4 == 1 || round % 4 == 2 ? 1 : 0;
            triggers(db, off == 0);
            int from = first + round * batch;
            inserted[off] += ingest.post(from, from + batch, 1, 0);
            corrected[off] += ingest.post(from, from + batch, 2, 5);
            records[off] += batch;
        }
        triggers(db, true);
        long t = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            sql.execute("select rebuild_report_totals()");
        }
        double rebuild = (System.nanoTime() - t) / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add("| HQ's report totals (V44 triggers) | new records | rate | corrections | rate |");
        lines.add("|---|---:|---:|---:|---:|");
        for (int mode = 0; mode < 2; mode++) {
            lines.add(String.format("| %s | %,d in %.1f s | **%,.0f records/s** | %,d in %.1f s | **%,.0f records/s** |",
                    mode == 0 ? "on" : "off", records[mode], inserted[mode] / 1000, records[mode] * 1000 / inserted[mode],
                    records[mode], corrected[mode] / 1000, records[mode] * 1000 / corrected[mode]));
        }
        lines.add("");
        lines.add(String.format("- Time with the totals / without: new records **%.2fx**, corrections **%.2fx**;"
                        + " then `rebuild_report_totals()` over the %,d records held: %.1f s",
                (inserted[0] / records[0]) / (inserted[1] / records[1]),
                (corrected[0] / records[0]) / (corrected[1] / records[1]), scalar(db, "select count(*) from cdr_record"),
                rebuild));
        lines.add(String.format("- cdr_stat_total: %,d cells; cdr_stat_code_total: %,d cells",
                scalar(db, "select count(*) from cdr_stat_total"), scalar(db, "select count(*) from cdr_stat_code_total")));
        return lines;
    }

    private static void triggers(Connection db, boolean on) throws SQLException {
        try (Statement sql = db.createStatement()) {
            for (String trigger : TRIGGERS) {
                sql.execute("alter table cdr_record " + (on ? "enable always" : "disable") + " trigger " + trigger);
            }
        }
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
