package org.camino.repository.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monthly partitions of {@code cdr_record}: {@code cdr_record_p202612}
 * holds the events of December 2026. Created when first needed (under the
 * ingest lock, so two batches never race to create the same one) and ahead of
 * time for the coming months.
 */
final class HqPartitions {

    private HqPartitions() {
    }

    static String name(YearMonth month) {
        return String.format("cdr_record_p%04d%02d", month.getYear(), month.getMonthValue());
    }

    /** Creates the missing partitions of these months; the caller holds the ingest lock. */
    static void ensure(Connection connection, Collection<YearMonth> months) throws SQLException {
        Set<YearMonth> sorted = new TreeSet<>(months);
        try (Statement statement = connection.createStatement()) {
            for (YearMonth month : sorted) {
                statement.execute("create table if not exists " + name(month) + " partition of cdr_record for values from ('"
                        + month.atDay(1) + "') to ('" + month.plusMonths(1).atDay(1) + "')");
            }
        }
    }
}
