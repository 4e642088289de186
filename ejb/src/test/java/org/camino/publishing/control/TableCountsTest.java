package org.camino.publishing.control;

import org.camino.platform.control.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The true counts of a release's tables on a real PostgreSQL with Camino's
 * schema: whatever tables share a population (one scan, grouping sets), each
 * table's inner cells are the counts of the records in its period, missions
 * and population, computed here one record at a time; records of another
 * mission, month, case type or event are not counted, and a missing value is
 * counted as unknown.
 */
class TableCountsTest {

    private static MigratedDatabase database;
    private static DataSource db;

    @BeforeAll
    static void startPostgres() throws IOException {
        database = MigratedDatabase.start("camino-table-counts");
        db = database.dataSource();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void eachTableCountsItsOwnRecordsWhateverTablesShareTheScan() throws SQLException {
        Random random = new Random(7);
        String[] countries = {"SOM", "ETH", "ERI", "SSD"};
        String[] sexes = {"FEMALE", "MALE", null};
        List<String[]> counted = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists cdr_record_default partition of cdr_record default");
            s.execute("truncate cdr_record");
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into cdr_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,
                                            sex, age_band, origin_country, destination_country, programme_code)
                    values (md5(?), 1, ?, ?, ?, ?, md5(?), ?, 'Y25T34', ?, ?, ?)""")) {
                for (int i = 0; i < 2000; i++) {
                    String mission = random.nextInt(10) == 0 ? "JOR" : "KEN";
                    String caseType = random.nextInt(10) == 0 ? "RST" : "AVR";
                    String status = random.nextInt(10) == 0 ? "PLANNED" : "DEPARTED";
                    YearMonth month = YearMonth.of(2025, 1 + random.nextInt(12));
                    String sex = sexes[random.nextInt(sexes.length)];
                    String host = countries[random.nextInt(2)];
                    String returnCountry = countries[random.nextInt(countries.length)];
                    insert.setString(1, "r" + i);
                    insert.setString(2, mission);
                    insert.setString(3, caseType);
                    insert.setString(4, "MOVEMENT");
                    insert.setDate(5, Date.valueOf(month.atDay(1)));
                    insert.setString(6, "c" + i);
                    insert.setString(7, sex);
                    insert.setString(8, host);
                    insert.setString(9, returnCountry);
                    insert.setString(10, status);
                    insert.addBatch();
                    boolean inScope = mission.equals("KEN") && caseType.equals("AVR") && status.equals("DEPARTED")
                            && !month.isBefore(YearMonth.of(2025, 3)) && !month.isAfter(YearMonth.of(2025, 8));
                    if (inScope) {
                        counted.add(new String[] {returnCountry, sex == null ? Population.UNKNOWN : sex, month.toString(), host});
                    }
                }
                insert.executeBatch();
            }
        }
        TableRequest bySexAndCountry = new TableRequest("a", "A", Population.AVRR_RETURNS, List.of("returnCountry", "sex"), 5, 5);
        TableRequest byMonthHostSex = new TableRequest("b", "B", Population.AVRR_RETURNS, List.of("month", "hostCountry", "sex"), 5, 5);
        TableRequest sameSetOtherOrder = new TableRequest("c", "C", Population.AVRR_RETURNS, List.of("sex", "returnCountry"), 5, 1);
        TableRequest resettlement = new TableRequest("d", "D", Population.RESETTLEMENT_DEPARTURES, List.of("sex"), 5, 5);
        TableCounts.Counted result;
        try (Connection c = db.getConnection()) {
            result = TableCounts.count(c, List.of(bySexAndCountry, byMonthHostSex, sameSetOtherOrder, resettlement),
                    new TableCounts.Scope(YearMonth.of(2025, 3), YearMonth.of(2025, 8), List.of("KEN")));
        }
        assertEquals(counted.size() + resettlementRecords(), result.records(), "records of every population counted once");
        assertEquals(expected(counted, 0, 1), result.tables().get(0).innerCounts());
        assertEquals(expected(counted, 2, 3, 1), result.tables().get(1).innerCounts());
        assertEquals(expected(counted, 1, 0), result.tables().get(2).innerCounts());
        assertEquals(List.of("2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"),
                result.tables().get(1).spec().dimensions().get(0).categories(), "every month of the period, even an empty one");
        assertTrue(result.tables().get(0).spec().dimensions().get(1).categories().contains(Population.UNKNOWN));
        assertEquals(List.of("a", "b", "c", "d"), result.tables().stream().map(t -> t.spec().id()).toList());
    }

    private static long resettlementRecords() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from cdr_record where mission = 'KEN' and case_type = 'RST'"
                     + " and programme_code in ('DEPARTED', 'ARRIVED') and event_month between '2025-03-01' and '2025-08-01'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<List<String>, Long> expected(List<String[]> records, int... columns) {
        Map<List<String>, Long> counts = new HashMap<>();
        for (String[] record : records) {
            List<String> key = new ArrayList<>();
            for (int column : columns) {
                key.add(record[column]);
            }
            counts.merge(key, 1L, Long::sum);
        }
        return counts;
    }
}
