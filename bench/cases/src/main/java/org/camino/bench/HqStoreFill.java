package org.camino.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills HQ's store ({@code cdr_record}) with statistical records of 2025 written directly (the ingest has
 * its own benchmark), with skewed values as real caseloads have: a few countries hold most cases and a long
 * tail holds few. Shared by the publishing and the report benchmarks, so that both count the same kind of store.
 * By {@code g mod 20}: 8 AVR returns, 5 RST departures, 5 MHA assessments, 1 CTA victim, 1 AVR reintegration.
 */
final class HqStoreFill {

    private HqStoreFill() {
    }

    /** Adds {@code rows} records of mission KEN over the twelve months of 2025, then VACUUM ANALYZE. */
    static void add(Connection db, long rows) throws SQLException {
        String countries = array(column(db, "select code from code_value where list_code = 'COUNTRY' and active order by code limit 60"));
        String sexes = array(column(db, "select code from code_value where list_code = 'SEX' and active"));
        String ages = array(column(db, "select code from code_value where list_code = 'AGE_BAND' and active"));
        String outcomes = array(column(db, "select code from code_value where list_code = 'HEALTH_OUTCOME' and active"));
        String assistance = array(column(db, "select code from code_value where list_code = 'REINTEGRATION_ASSISTANCE' and active"));
        try (Statement sql = db.createStatement()) {
            // the months' partitions, named as HQ's ingest names them (repository.control.HqPartitions)
            for (int month = 1; month <= 12; month++) {
                YearMonth m = YearMonth.of(2025, month);
                sql.execute(String.format("create table if not exists cdr_record_p%04d%02d partition of cdr_record"
                        + " for values from ('%s') to ('%s')", m.getYear(), month, m.atDay(1), m.plusMonths(1).atDay(1)));
            }
            sql.executeUpdate("""
                    insert into cdr_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,
                        person_pseudonym, sex, age_band, nationality, origin_country, destination_country, programme_code,
                        household_size_band)
                    select md5('r' || g), 1, 'KEN',
                           case when m < 8 or m = 19 then 'AVR' when m < 13 then 'RST' when m < 18 then 'MHA' else 'CTA' end,
                           case when m < 13 then 'MOVEMENT' when m < 18 then 'HEALTH_ASSESSMENT' when m = 18 then 'REGISTRATION'
                                else 'REINTEGRATION_ASSISTANCE' end,
                           date '2025-01-01' + make_interval(months => (g %% 12)::int), md5('c' || g), md5('p' || g),
                           (%1$s)[1 + floor(random() * cardinality(%1$s))::int],
                           (%2$s)[1 + floor(random() * cardinality(%2$s))::int],
                           (%3$s)[1 + floor(random() ^ 3 * cardinality(%3$s))::int],
                           (%3$s)[1 + floor(random() ^ 4 * 15)::int],
                           (%3$s)[1 + floor(random() ^ 3 * cardinality(%3$s))::int],
                           case when m < 13 then 'DEPARTED' when m < 18 then (%4$s)[1 + floor(random() * cardinality(%4$s))::int]
                                when m = 19 then (%5$s)[1 + floor(random() * cardinality(%5$s))::int] end,
                           (array['1', '2', '3-4', '5-6', '7+'])[1 + floor(random() ^ 2 * 5)::int]
                      from (select g, g %% 20 as m from generate_series(1, %6$d) g) s
                    """.formatted(countries, sexes, ages, outcomes, assistance, rows));
            // HQ's report totals (V44) are kept by triggers through this bulk insert, like any write of cdr_record
            sql.execute("vacuum analyze cdr_record, cdr_stat_total, cdr_stat_code_total");
        }
    }

    private static List<String> column(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String array(List<String> values) {
        return "array['" + String.join("','", values) + "']::varchar[]";
    }
}
