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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The victims read from HQ's store on a real PostgreSQL with Camino's
 * migrations: one row per counter-trafficking case registered in the period,
 * its country of exploitation from its first exploitation event with a
 * country, its support types and stages as sets.
 */
class CtExtractRecordsTest {

    private static final String NIGERIAN_WOMAN = "a0000000000000000000000000000001";
    private static final String UNKNOWN_PERSON = "a0000000000000000000000000000002";
    private static final String SOMALI_BOY = "a0000000000000000000000000000003";
    private static final String REGISTERED_IN_2024 = "a0000000000000000000000000000004";
    private static final String RETURN_CASE = "a0000000000000000000000000000005";

    private static MigratedDatabase database;
    private static DataSource db;
    private static int records;

    @BeforeAll
    static void startPostgresWithFiveCases() throws IOException, SQLException {
        database = MigratedDatabase.start("camino-ct-extract");
        db = database.dataSource();

        registration("KEN", "CTA", NIGERIAN_WOMAN, "2025-03", "FEMALE", "Y18T24", "NGA");
        record("KEN", "CTA", NIGERIAN_WOMAN, "TRAFFICKING_EVENT", "2024-01", "Recruitment", "NGA");
        record("KEN", "CTA", NIGERIAN_WOMAN, "TRAFFICKING_EVENT", "2024-02", "Transit", "LBY");
        record("KEN", "CTA", NIGERIAN_WOMAN, "TRAFFICKING_EVENT", "2024-08", "Exploitation", "FRA");
        record("KEN", "CTA", NIGERIAN_WOMAN, "TRAFFICKING_EVENT", "2024-05", "Exploitation", "ITA");
        record("KEN", "CTA", NIGERIAN_WOMAN, "SUPPORT_ITEM", "2025-04", "Legal", null);
        record("KEN", "CTA", NIGERIAN_WOMAN, "SUPPORT_ITEM", "2025-05", "Health", null);
        record("KEN", "CTA", NIGERIAN_WOMAN, "SUPPORT_ITEM", "2025-09", "Health", null);
        record("KEN", "CTA", NIGERIAN_WOMAN, "STATUS_CHANGE", "2025-10", null, null);

        registration("KEN", "CTA", UNKNOWN_PERSON, "2025-06", null, null, null);
        record("KEN", "CTA", UNKNOWN_PERSON, "TRAFFICKING_EVENT", "2025-01", "Recruitment", "KEN");

        registration("SOM", "CTA", SOMALI_BOY, "2025-12", "MALE", "Y15T17", "SOM");
        record("SOM", "CTA", SOMALI_BOY, "TRAFFICKING_EVENT", "2025-02", "Exploitation", null);
        record("SOM", "CTA", SOMALI_BOY, "TRAFFICKING_EVENT", "2025-07", "Exploitation", "KEN");
        record("SOM", "CTA", SOMALI_BOY, "SUPPORT_ITEM", "2026-01", "SexualExploitationRehabilitation", null);

        registration("KEN", "CTA", REGISTERED_IN_2024, "2024-12", "FEMALE", "Y25T34", "ETH");
        registration("KEN", "AVR", RETURN_CASE, "2025-05", "MALE", "Y25T34", "ETH");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void oneRowPerCounterTraffickingCaseRegisteredInThePeriod() throws SQLException {
        assertEquals(List.of(
                        new CtVictim(2025, "FEMALE", "Y18T24", "NGA", "ITA", "Health;Legal",
                                "Exploitation;Recruitment;Transit"),
                        new CtVictim(2025, "UNKNOWN", "_U", "_U", "_U", "NONE", "Recruitment"),
                        new CtVictim(2025, "MALE", "Y15T17", "SOM", "KEN", "SexualExploitationRehabilitation",
                                "Exploitation")),
                victims(YearMonth.of(2025, 1), YearMonth.of(2025, 12), List.of()));
    }

    @Test
    void thePeriodAndTheMissionsChooseTheVictims() throws SQLException {
        assertEquals(List.of(2025, 2025), victims(YearMonth.of(2025, 1), YearMonth.of(2025, 12), List.of("KEN"))
                .stream().map(CtVictim::yearOfRegistration).toList());
        assertEquals(List.of("SOM"), victims(YearMonth.of(2025, 1), YearMonth.of(2025, 12), List.of("SOM"))
                .stream().map(CtVictim::citizenship).toList());
        assertEquals(List.of(new CtVictim(2024, "FEMALE", "Y25T34", "ETH", "_U", "NONE", "NONE")),
                victims(YearMonth.of(2024, 12), YearMonth.of(2024, 12), List.of()));
        assertEquals(List.of("NGA"), victims(YearMonth.of(2025, 3), YearMonth.of(2025, 3), List.of())
                .stream().map(CtVictim::citizenship).toList());
        assertEquals(List.of(), victims(YearMonth.of(2026, 1), YearMonth.of(2026, 12), List.of()));
    }

    @Test
    void fewerThanElevenVictimsAreAllSuppressed() throws SQLException {
        List<Map<String, String>> rows = victims(YearMonth.of(2024, 1), YearMonth.of(2025, 12), List.of()).stream()
                .map(CtVictim::values).toList();
        CtMicrodata extract = CtMicrodataExtract.ctdc().extract(rows);
        assertEquals(4, extract.loss().inputRecords());
        assertEquals(List.of(), extract.rows());
    }

    // --- helpers

    private static List<CtVictim> victims(YearMonth from, YearMonth to, List<String> missions) throws SQLException {
        try (Connection c = db.getConnection()) {
            return new CtExtractRecords(c).victims(from, to, missions);
        }
    }

    private static void registration(String mission, String caseType, String casePseudonym, String month, String sex,
                                     String ageBand, String nationality) throws SQLException {
        insert(mission, caseType, casePseudonym, "REGISTRATION", month, sex, ageBand, nationality, null, null);
    }

    private static void record(String mission, String caseType, String casePseudonym, String eventType, String month,
                               String programmeCode, String country) throws SQLException {
        insert(mission, caseType, casePseudonym, eventType, month, null, null, null, programmeCode, country);
    }

    private static void insert(String mission, String caseType, String casePseudonym, String eventType, String month,
                               String sex, String ageBand, String nationality, String programmeCode, String country)
            throws SQLException {
        YearMonth eventMonth = YearMonth.parse(month);
        try (Connection c = db.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute(String.format("create table if not exists cdr_record_p%04d%02d partition of cdr_record"
                                + " for values from ('%s') to ('%s')", eventMonth.getYear(), eventMonth.getMonthValue(),
                        eventMonth.atDay(1), eventMonth.plusMonths(1).atDay(1)));
            }
            try (PreparedStatement s = c.prepareStatement("insert into cdr_record (record_id, version, mission,"
                    + " case_type, event_type, event_month, case_pseudonym, sex, age_band, nationality,"
                    + " destination_country, programme_code) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                List<Object> values = new ArrayList<>(List.of(String.format("b%031d", ++records), mission, caseType,
                        eventType, Date.valueOf(eventMonth.atDay(1)), casePseudonym));
                values.addAll(java.util.Arrays.asList(sex, ageBand, nationality, country, programmeCode));
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                s.executeUpdate();
            }
        }
    }
}
