package org.camino.reporting.control;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camino.platform.control.SchemaMigration;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.platform.statistics.StatisticalRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a real PostgreSQL with the real migrations: the mission's copy of its
 * statistical records (backfilled by V17 from the outbox, then kept by the
 * outbox writer) holds the newest version of each record and nothing of a
 * removed case; the reports count it as a computation written here counts the
 * records announced; HQ's store with the same records gives the same figures.
 */
class MissionFiguresTest {

    private static final List<String> MISSIONS = List.of("KEN", "SOM");
    private static final List<String> SEXES = List.of("FEMALE", "MALE", "UNKNOWN");
    private static final List<String> AGES = List.of("Y18T24", "Y25T34", "_U");
    private static final List<String> COUNTRIES = List.of("KEN", "SOM", "ETH", "CAN", "USA");
    private static final List<String> MOVES = List.of("PLANNED", "DEPARTED", "ARRIVED", "CANCELLED");
    private static final List<String> STATUSES = List.of("REGISTERED", "IN_PROCESSING", "CLOSED");

    private static EmbeddedPostgres postgres;
    private DataSource db;
    private static final List<StatisticalRecord> ANNOUNCED = new ArrayList<>();
    private static final Random RANDOM = new Random(20261207);
    private static int ids;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("camino-reports-test"))
                .setCleanDataDirectory(true).start();
    }

    private void database(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name + "?currentSchema=" + SchemaMigration.SCHEMA);
        source.setUser("postgres");
        source.setPassword("postgres");
        db = source;
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void missionAndHqCountWhatWasAnnounced() throws Exception {
        database("announced");
        flyway("16").migrate();
        // written before V17: only the outbox has them (several versions of some; a removed case)
        List<StatisticalRecord> before = generate(300);
        for (StatisticalRecord record : before) {
            execute("insert into cdr_outbox (seq, mission, record_id, payload) values (nextval('cdr_outbox_seq'), ?, ?, ?)",
                    record.mission(), record.recordId(), record.withVersion(0).toJson().toString());
        }
        flyway(null).migrate();
        assertEquals(expected().size(), count("select count(*) from stat_record"), "V17's backfill: newest versions, removed cases left out");

        // written after V17: the outbox writer keeps the copy in its transaction
        Object outbox = newWired("org.camino.repository.control.Outbox");
        Method record = outbox.getClass().getDeclaredMethod("record", StatisticalRecord.class);
        record.setAccessible(true);
        for (StatisticalRecord r : generate(400)) {
            record.invoke(outbox, r);
        }
        Map<String, StatisticalRecord> expected = expected();
        assertEquals(expected.size(), count("select count(*) from stat_record"));
        assertTrue(count("select count(*) from stat_tombstone") >= 2, "the data removed cases on both sides of V17");
        Map<String, String> newest = new TreeMap<>();
        expected.values().forEach(r -> newest.put(r.recordId().trim(), r.sex() + "|" + r.eventMonth().atDay(1)));
        assertEquals(newest, pairs("select record_id, sex || '|' || event_month from stat_record"
                + " union all select record_id, 'null|' || event_month from stat_record where sex is null"),
                "the newest version of each record");

        // HQ's store holding the same records
        execute("create table cdr_record_all partition of cdr_record default");
        execute("insert into cdr_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,"
                + " person_pseudonym, sex, age_band, nationality, origin_country, destination_country, status, reason,"
                + " programme_code, household_size_band) select record_id, version, mission, case_type, event_type,"
                + " event_month, case_pseudonym, person_pseudonym, sex, age_band, nationality, origin_country,"
                + " destination_country, status, reason, programme_code, household_size_band from stat_record");

        ReportQueries queries = new ReportQueries();
        queries.dataSource = db;
        Period year = Period.parse("2026", null, null);
        Period quarter = Period.parse("2026-Q2", null, null);
        List<StatisticalRecord> current = List.copyOf(expected.values());

        Predicate<StatisticalRecord> returns = r -> r.caseType().equals("AVR") && r.eventType() == StatisticalEventType.MOVEMENT
                && Set.of("DEPARTED", "ARRIVED").contains(r.programmeCode());
        assertFigures(queries, ReportDefinition.AVRR_RETURNS, "sex", year, List.of("KEN", "SOM"),
                events(current, returns, year, r -> nz(r.sex())));
        assertFigures(queries, ReportDefinition.AVRR_RETURNS, "originCountry", quarter, List.of("KEN"),
                events(current, returns.and(r -> r.mission().equals("KEN")), quarter, r -> nz(r.originCountry())));
        assertFigures(queries, ReportDefinition.AVRR_RETURNS, "month", year, List.of("SOM"),
                events(current, returns.and(r -> r.mission().equals("SOM")), year, r -> r.eventMonth().toString()));
        Predicate<StatisticalRecord> rstStatus = r -> r.caseType().equals("RST")
                && Set.of(StatisticalEventType.REGISTRATION, StatisticalEventType.STATUS_CHANGE).contains(r.eventType());
        assertFigures(queries, ReportDefinition.RESETTLEMENT_STATUS, "status", year, MISSIONS,
                distinct(current, rstStatus, year, r -> nz(r.status()), StatisticalRecord::casePseudonym));
        Predicate<StatisticalRecord> victims = r -> r.caseType().equals("CTA") && r.eventType() == StatisticalEventType.REGISTRATION;
        assertFigures(queries, ReportDefinition.TRAFFICKING_VICTIMS, "ageBand", year, MISSIONS,
                distinct(current, victims, year, r -> nz(r.ageBand()), StatisticalRecord::personPseudonym));

        // a filter counts only its value
        Map<String, Long> women = events(current, returns.and(r -> "FEMALE".equals(r.sex())), year, r -> r.eventMonth().toString());
        assertEquals(women, cells(queries.counts(ReportDefinition.AVRR_RETURNS, ReportSql.Store.MISSION, "month",
                Map.of("sex", "FEMALE"), MISSIONS, List.of(), year)));

        // every report, every breakdown: the mission's figures are HQ's, and one scan gives the breakdown and totals
        int withFigures = 0;
        for (ReportDefinition report : ReportDefinition.values()) {
            if (report.kind() != ReportDefinition.Kind.STATISTICS) {
                continue;
            }
            for (String by : report.dimensions()) {
                assertEquals(queries.counts(report, ReportSql.Store.HQ, by, Map.of(), MISSIONS, List.of(), year),
                        queries.counts(report, ReportSql.Store.MISSION, by, Map.of(), MISSIONS, List.of(), year),
                        report.id() + " by " + by);
                for (ReportSql.Store store : ReportSql.Store.values()) {
                    withFigures += assertOneScanGivesBothQueries(queries, report, store, by, MISSIONS, List.of(), year);
                }
            }
        }
        assertTrue(withFigures > 20, "reports with figures compared: " + withFigures);
    }

    @Test
    void caseloadCountsLiveCasesAndTraffickingOnlyWhereAllowed() throws Exception {
        database("caseload");
        flyway(null).migrate();
        execute("insert into mission (id, code, name, country) values (101, 'UGA', 'Uganda', 'UGA'), (102, 'TZA', 'Tanzania', 'TZA')"
                + " on conflict do nothing");
        record Live(String mission, String type, String status, LocalDate opened, LocalDate closed) {
        }
        List<Live> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            LocalDate opened = LocalDate.of(2025, 6, 1).plusDays(RANDOM.nextInt(500));
            LocalDate closed = RANDOM.nextInt(3) == 0 ? opened.plusDays(RANDOM.nextInt(200)) : null;
            cases.add(new Live(i % 3 == 0 ? "TZA" : "UGA", List.of("RST", "AVR", "MHA", "CTA").get(RANDOM.nextInt(4)),
                    closed == null ? STATUSES.get(RANDOM.nextInt(2)) : "CLOSED", opened, closed));
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            int id = 1;
            for (Live live : cases) {
                s.execute("insert into case_file (id, uuid, number, mission_id, case_type, status, household_id, principal_id,"
                        + " opened_on, closed_on, created_at, updated_at) values (" + id + ", gen_random_uuid(), 'N" + id
                        + "', " + (live.mission().equals("UGA") ? 101 : 102) + ", '" + live.type() + "', '" + live.status()
                        + "', 1, 1, '" + live.opened() + "', " + (live.closed() == null ? "null" : "'" + live.closed() + "'")
                        + ", now(), now())");
                id++;
            }
        }
        // status changes: the first status of each case (from nothing, never counted) and up to two steps after it
        record Step(String mission, String type, String status, long days, LocalDate on) {
        }
        List<Step> steps = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            int id = 1;
            for (int i = 0; i < cases.size(); i++) {
                Live live = cases.get(i);
                s.execute("insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                        + " values (" + id++ + ", gen_random_uuid(), " + (i + 1) + ", null, 'REGISTERED', '" + live.opened()
                        + " 12:00:00+00', 'cw')");
                LocalDate on = live.opened();
                for (int k = 0; k < RANDOM.nextInt(3); k++) {
                    on = on.plusDays(RANDOM.nextInt(90));
                    String status = STATUSES.get(1 + RANDOM.nextInt(2));
                    s.execute("insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                            + " values (" + id++ + ", gen_random_uuid(), " + (i + 1) + ", 'REGISTERED', '" + status + "', '"
                            + on + " 12:00:00+00', 'cw')");
                    steps.add(new Step(live.mission(), live.type(), status, on.toEpochDay() - live.opened().toEpochDay(), on));
                }
            }
        }
        ReportQueries queries = new ReportQueries();
        queries.dataSource = db;
        Period period = Period.parse(null, "2026-01-01", "2026-06-30");
        List<String> missions = List.of("TZA", "UGA");
        // a counter-trafficking officer of UGA only
        Predicate<Live> visible = l -> !l.type().equals("CTA") || l.mission().equals("UGA");
        Map<String, Long> open = cases.stream().filter(visible)
                .filter(l -> !l.opened().isAfter(period.to()) && (l.closed() == null || l.closed().isAfter(period.to())))
                .collect(Collectors.groupingBy(l -> l.mission() + "|" + l.type(), TreeMap::new, Collectors.counting()));
        assertEquals(open, cells(queries.counts(ReportDefinition.CASELOAD_OPEN, ReportSql.Store.MISSION, "caseType",
                Map.of(), missions, List.of("UGA"), period)));
        Map<String, Long> closed = cases.stream().filter(visible)
                .filter(l -> l.closed() != null && !l.closed().isBefore(period.from()) && !l.closed().isAfter(period.to()))
                .collect(Collectors.groupingBy(l -> l.mission() + "|" + YearMonth.from(l.closed()), TreeMap::new, Collectors.counting()));
        assertEquals(closed, cells(queries.counts(ReportDefinition.CASELOAD_CLOSED, ReportSql.Store.MISSION, "month",
                Map.of(), missions, List.of("UGA"), period)));
        Map<String, List<Long>> days = steps.stream().filter(st -> !st.type().equals("CTA") || st.mission().equals("UGA"))
                .filter(st -> !st.on().isBefore(period.from()) && !st.on().isAfter(period.to()))
                .collect(Collectors.groupingBy(st -> st.mission() + "|" + st.status(), TreeMap::new,
                        Collectors.mapping(Step::days, Collectors.toList())));
        Map<String, Long> medians = new TreeMap<>();
        days.forEach((cell, values) -> {
            List<Long> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
            medians.put(cell, Math.round(median));
        });
        assertFalse(medians.isEmpty());
        assertEquals(medians, cells(queries.counts(ReportDefinition.CASELOAD_MILESTONES, ReportSql.Store.MISSION, "status",
                Map.of(), missions, List.of("UGA"), period)));
        assertFalse(cells(queries.counts(ReportDefinition.CASELOAD_OPENED, ReportSql.Store.MISSION, "caseType", Map.of(),
                missions, List.of(), period)).keySet().stream().anyMatch(k -> k.endsWith("|CTA")), "no CT permission: no CT case");

        int withFigures = 0;
        for (ReportDefinition report : ReportDefinition.values()) {
            if (report.kind() == ReportDefinition.Kind.CASELOAD) {
                for (String by : report.dimensions()) {
                    withFigures += assertOneScanGivesBothQueries(queries, report, ReportSql.Store.MISSION, by, missions,
                            List.of("UGA"), period);
                }
            }
        }
        assertTrue(withFigures > 10, "reports with figures compared: " + withFigures);
    }

    /**
     * What the API runs (breakdown and totals in one scan) gives what the breakdown and the totals give alone;
     * 1 if there were figures to compare.
     */
    private static int assertOneScanGivesBothQueries(ReportQueries queries, ReportDefinition report, ReportSql.Store store,
                                                      String by, List<String> missions, List<String> trafficking,
                                                      Period period) {
        ReportQueries.Figures figures = queries.figures(report, store, by, Map.of(), missions, trafficking, period);
        String what = report.id() + " by " + by + " in " + store;
        assertEquals(queries.counts(report, store, by, Map.of(), missions, trafficking, period), figures.rows(), what);
        List<ReportQueries.Count> totals = queries.counts(report, store, null, Map.of(), missions, trafficking, period);
        assertEquals(totals, figures.totals(), what + ": totals");
        return totals.isEmpty() ? 0 : 1;
    }

    // --- the independent computation: newest version per record id, removed cases out, then count in Java

    private static Map<String, StatisticalRecord> expected() {
        Set<String> removed = new HashSet<>();
        Map<String, StatisticalRecord> newest = new LinkedHashMap<>();
        for (StatisticalRecord r : ANNOUNCED) {
            if (r.tombstone()) {
                removed.add(r.casePseudonym());
            } else {
                newest.put(r.recordId(), r); // announced in version order
            }
        }
        newest.values().removeIf(r -> removed.contains(r.casePseudonym()));
        return newest;
    }

    private static Map<String, Long> events(List<StatisticalRecord> records, Predicate<StatisticalRecord> counted, Period period,
                                            Function<StatisticalRecord, String> by) {
        return records.stream().filter(counted).filter(r -> in(r, period))
                .collect(Collectors.groupingBy(r -> r.mission() + "|" + by.apply(r), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> distinct(List<StatisticalRecord> records, Predicate<StatisticalRecord> counted, Period period,
                                              Function<StatisticalRecord, String> by, Function<StatisticalRecord, String> unit) {
        return records.stream().filter(counted).filter(r -> in(r, period))
                .collect(Collectors.groupingBy(r -> r.mission() + "|" + by.apply(r), TreeMap::new,
                        Collectors.collectingAndThen(Collectors.mapping(unit, Collectors.toSet()), s -> (long) s.size())));
    }

    private static boolean in(StatisticalRecord r, Period period) {
        return !r.eventMonth().isBefore(period.firstMonth()) && !r.eventMonth().isAfter(period.lastMonth());
    }

    private static void assertFigures(ReportQueries queries, ReportDefinition report, String by, Period period,
                                      List<String> missions, Map<String, Long> expected) {
        assertFalse(expected.isEmpty(), "the data has " + report.id() + " records");
        for (ReportSql.Store store : ReportSql.Store.values()) {
            assertEquals(expected, cells(queries.counts(report, store, by, Map.of(), missions, List.of(), period)),
                    report.id() + " by " + by + " in " + store);
        }
    }

    private static Map<String, Long> cells(List<ReportQueries.Count> counts) {
        Map<String, Long> cells = new TreeMap<>();
        counts.forEach(c -> cells.put(c.mission() + "|" + c.value(), c.count()));
        return cells;
    }

    private static String nz(String value) {
        return value == null ? ReportSql.UNKNOWN : value;
    }

    // --- the data: records of a few cases, some announced again with other values, some cases removed

    private static List<StatisticalRecord> generate(int n) {
        List<StatisticalRecord> batch = new ArrayList<>();
        List<StatisticalRecord> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StatisticalRecord record;
            if (!pool.isEmpty() && RANDOM.nextInt(4) == 0) {
                StatisticalRecord old = pool.get(RANDOM.nextInt(pool.size()));
                record = new StatisticalRecord(old.recordId(), 0, old.mission(), old.caseType(), old.eventType(),
                        month(), old.casePseudonym(), old.personPseudonym(), pick(SEXES), pick(AGES), old.nationality(),
                        old.originCountry(), old.destinationCountry(), old.status(), old.reason(), pick(MOVES),
                        old.householdSizeBand(), false);
            } else if (!pool.isEmpty() && RANDOM.nextInt(60) == 0) {
                StatisticalRecord old = pool.get(RANDOM.nextInt(pool.size()));
                record = new StatisticalRecord(hex(), 0, old.mission(), old.caseType(), StatisticalEventType.TOMBSTONE,
                        YearMonth.of(2026, 12), old.casePseudonym(), null, null, null, null, null, null, null, null, null,
                        null, true);
            } else {
                String caseType = List.of("RST", "AVR", "MHA", "CTA").get(RANDOM.nextInt(4));
                StatisticalEventType type = List.of(StatisticalEventType.REGISTRATION, StatisticalEventType.STATUS_CHANGE,
                        StatisticalEventType.MOVEMENT).get(RANDOM.nextInt(3));
                String kase = "c" + RANDOM.nextInt(80);
                record = new StatisticalRecord(hex(), 0, pick(MISSIONS), caseType, type, month(), pseudonym(kase),
                        pseudonym("p" + kase), RANDOM.nextInt(10) == 0 ? null : pick(SEXES), pick(AGES), pick(COUNTRIES),
                        pick(COUNTRIES), pick(COUNTRIES), type == StatisticalEventType.MOVEMENT ? null : pick(STATUSES), null,
                        type == StatisticalEventType.MOVEMENT ? pick(MOVES) : null, "2", false);
            }
            pool.add(record);
            batch.add(record);
        }
        ANNOUNCED.addAll(batch);
        return batch;
    }

    private static YearMonth month() {
        return YearMonth.of(2025 + RANDOM.nextInt(2), 1 + RANDOM.nextInt(12));
    }

    private static <T> T pick(List<T> values) {
        return values.get(RANDOM.nextInt(values.size()));
    }

    private static String hex() {
        return String.format("%032x", ++ids);
    }

    private static String pseudonym(String seed) {
        return HexFormat.of().formatHex(java.util.Arrays.copyOf(seed.getBytes(), 16));
    }

    private Object newWired(String className) throws Exception {
        Object bean = Class.forName(className).getDeclaredConstructor().newInstance();
        Field field = bean.getClass().getDeclaredField("dataSource");
        field.setAccessible(true);
        field.set(bean, db);
        return bean;
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(db).schemas(SchemaMigration.SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").failOnMissingLocations(true);
        return (target == null ? config : config.target(target)).load();
    }

    private void execute(String sql, String... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            s.execute();
        }
    }

    private Map<String, String> pairs(String sql) throws SQLException {
        Map<String, String> pairs = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                if (rs.getString(2) != null) {
                    pairs.put(rs.getString(1).trim(), rs.getString(2));
                }
            }
        }
        return pairs;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
