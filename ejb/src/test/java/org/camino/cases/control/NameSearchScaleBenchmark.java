package org.camino.cases.control;

import org.camino.crypto.BlindIndex;
import org.camino.crypto.KeyRing;
import org.camino.platform.control.MigratedDatabase;
import org.camino.synthetic.control.Corridors;
import org.camino.synthetic.control.NamePools;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Name search at the size of a mission network of a million cases, in SQL:
 * the statements {@link NameMatching} runs (its own text), over 2.6 million
 * persons (2.6 per case) whose name keys are the product's, computed from the
 * synthetic name pools under a random key, and loaded with COPY into the
 * migrated schema. Beside them, in the same run, the exact full-name search
 * (one blind-index lookup) as the baseline, and what the word keys cost the
 * database per person registered. Not a test: bench/names/run.sh runs it.
 * PostgreSQL runs without fsync (a throw-away database), like every benchmark here.
 */
class NameSearchScaleBenchmark {

    private static final int PERSONS = Integer.getInteger("bench.persons", 2_600_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    private static final int INSERTS = Integer.getInteger("bench.inserts", 20_000);
    private static final long MAX_SECONDS_PER_SERIES = 120;
    private static final int CHUNK = 50_000;

    /** Four demo missions and the eight the case benchmark adds: code, country. */
    private static final String[][] MISSIONS = {{"KEN", "KEN"}, {"KEN-NBO", "KEN"}, {"JOR", "JOR"}, {"NER", "NER"},
            {"TUR", "TUR"}, {"LBY", "LBY"}, {"DJI", "DJI"}, {"UGA", "UGA"}, {"MAR", "MAR"}, {"PAK", "PAK"},
            {"BGD", "BGD"}, {"ETH", "ETH"}};

    private final SplittableRandom random = new SplittableRandom(2026);
    private PersonIndexer indexer;

    @Test
    void searchOverMillionsOfPersons() throws Exception {
        byte[] blind = new byte[KeyRing.KEY_BYTES];
        byte[] field = new byte[KeyRing.KEY_BYTES];
        new SecureRandom().nextBytes(blind);
        new SecureRandom().nextBytes(field);
        indexer = new PersonIndexer();
        indexer.blindIndex = new BlindIndex(new KeyRing("k1", Map.of("k1", field), blind));
        try (MigratedDatabase database = MigratedDatabase.start("camino-names-bench", Map.of(
                "fsync", "off", "synchronous_commit", "off", "shared_buffers", "512MB", "max_wal_size", "4GB"));
             Connection db = database.dataSource().getConnection()) {
            line("Machine: %d cores, %s; Java %s; PostgreSQL %s, fsync off", Runtime.getRuntime().availableProcessors(),
                    cpuModel(), System.getProperty("java.version"), text(db, "show server_version"));
            fill(db);
            search(db);
            registrationCost(db);
        }
    }

    private void fill(Connection db) throws SQLException {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            for (int i = 0; i < MISSIONS.length; i++) {
                sql.executeUpdate("insert into mission (id, code, name, country) values (" + (i + 1) + ", '"
                        + MISSIONS[i][0] + "', 'Bench " + MISSIONS[i][0] + "', '" + MISSIONS[i][1] + "')");
            }
            // loading is faster with the secondary indexes built afterwards, the same definitions
            List<String> indexes = texts(db, """
                    select indexdef from pg_indexes
                     where tablename in ('person', 'person_name_key') and indexname not in ('person_pkey', 'person_uuid_key')""");
            sql.execute("alter table person_name_key drop constraint person_name_key_pkey");
            for (String name : texts(db, """
                    select indexname from pg_indexes
                     where tablename = 'person' and indexname not in ('person_pkey', 'person_uuid_key')
                       or tablename = 'person_name_key' and indexname <> 'person_name_key_pkey'""")) {
                sql.execute("drop index " + name);
            }
            CopyTarget persons = new CopyTarget(db,
                    "copy person (id, uuid, mission_id, given_name, birth_year, sex, name_index, family_name_index) from stdin");
            CopyTarget keys = new CopyTarget(db, "copy person_name_key (key, mission_id, person_id) from stdin");
            long keyRows = 0;
            for (int id = 1; id <= PERSONS; id++) {
                Generated person = person();
                persons.row(id + "\t" + UUID.randomUUID() + "\t" + person.mission + "\tbench\t" + person.birthYear + "\t"
                        + person.sex + "\t" + person.indexes.name() + "\t" + nullable(person.indexes.familyName()));
                for (String key : person.indexes.nameKeys().split(" ")) {
                    keys.row(Long.parseUnsignedLong(key, 16) + "\t" + person.mission + "\t" + id);
                    keyRows++;
                }
                if (id % CHUNK == 0) {
                    persons.flush();
                    keys.flush();
                }
            }
            persons.flush();
            keys.flush();
            double loaded = seconds(started);
            for (String index : indexes) {
                sql.execute(index);
            }
            sql.execute("alter table person_name_key add primary key (key, mission_id, person_id)");
            sql.execute("vacuum analyze person");
            sql.execute("vacuum analyze person_name_key");
            line("Filled: %,d persons, %,d name keys (%.1f per person) in %.0f s, indexed in %.0f s",
                    PERSONS, keyRows, keyRows / (double) PERSONS, loaded, seconds(started) - loaded);
        }
    }

    private record Generated(int mission, int birthYear, String sex, String fullName, PersonIndexer.Indexes indexes) {
    }

    /** A person as the synthetic generator makes them: a mission, a nationality of its corridors, a name of that region. */
    private Generated person() {
        int mission = 1 + random.nextInt(MISSIONS.length);
        NamePools.Region region = NamePools.regionOf(Corridors.nationality(MISSIONS[mission - 1][1], random));
        boolean female = random.nextBoolean();
        String given = NamePools.givenName(region, female, random);
        String family = NamePools.familyName(region, random);
        int birthYear = 1940 + random.nextInt(86);
        return new Generated(mission, birthYear, female ? "F" : "M", given + " " + family,
                indexer.indexesOf(given, family, null, null, birthYear));
    }

    private void search(Connection db) throws SQLException {
        List<Long> ken = List.of(1L);
        List<Long> all = java.util.stream.LongStream.rangeClosed(1, MISSIONS.length).boxed().toList();
        Map<String, java.util.function.Function<Generated, String>> kinds = new LinkedHashMap<>();
        kinds.put("whole name as written", Generated::fullName);
        kinds.put("given name alone", g -> g.fullName().split(" ")[0]);
        kinds.put("family name alone", g -> { String[] w = g.fullName().split(" "); return w[w.length - 1]; });
        kinds.put("whole name, a doubled consonant", g -> doubled(g.fullName()));
        line("");
        line("| scope | query | p50 ms | p95 ms | max ms | rows carrying a wanted key (mean) | persons found (mean) |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (List<Long> scope : List.of(ken, all)) {
            String label = scope.equals(ken) ? "one mission (KEN)" : "12 missions";
            List<String> baseline = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) {
                baseline.add(person().fullName());
            }
            Series exactOnly = timed(baseline, name -> exact(db, name, personSql(scope)));
            line("| %s | baseline: exact full name (one blind-index lookup) | %.1f | %.1f | %.1f | | %.1f |",
                    label, exactOnly.p(50), exactOnly.p(95), exactOnly.max(), exactOnly.meanFound());
            for (Map.Entry<String, java.util.function.Function<Generated, String>> kind : kinds.entrySet()) {
                List<String> queries = new ArrayList<>();
                for (int i = 0; i < SAMPLES; i++) {
                    queries.add(kind.getValue().apply(person()));
                }
                Series series = timed(queries, name -> find(db, name, scope));
                long rows = 0;
                for (String q : queries.subList(0, Math.min(20, queries.size()))) {
                    rows += keyRows(db, q, scope);
                }
                line("| %s | %s | %.1f | %.1f | %.1f | %,d | %.1f |", label, kind.getKey(), series.p(50), series.p(95),
                        series.max(), rows / Math.min(20, queries.size()), series.meanFound());
                if (kind.getKey().startsWith("whole name as")) {
                    Series before = timed(queries, name -> findAsBefore(db, name, scope));
                    line("| %s | %s, as before (every row of each key read and grouped) | %.1f | %.1f | %.1f | | %.1f |",
                            label, kind.getKey(), before.p(50), before.p(95), before.max(), before.meanFound());
                }
                if (Boolean.getBoolean("bench.explain")) {
                    System.out.println(String.join("\n", texts(db, "explain (analyze, buffers) " + NameMatching.newestCarriersSql(wordOfKey(queries.get(0)).keySet(), scope))));
                }
            }
        }
    }

    private Map<Long, Integer> wordOfKey(String name) {
        Map<Long, Integer> wordOfKey = new HashMap<>();
        for (BlindIndex.WordKey key : indexer.nameKeys(name).all()) {
            wordOfKey.putIfAbsent(Long.parseUnsignedLong(key.key(), 16), key.word());
        }
        return wordOfKey;
    }

    /** The statement of before this bound (commit 5fad2ea): every row carrying a wanted key, grouped by person. */
    private int findAsBefore(Connection db, String name, List<Long> scope) throws SQLException {
        String wanted = wordOfKey(name).entrySet().stream().map(e -> "(" + e.getKey() + "::bigint, " + e.getValue() + ")")
                .collect(Collectors.joining(","));
        int found = 0;
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("""
                select k.person_id, string_agg(k.key::text, ' ')
                  from person_name_key k
                  join (values %s) q (key, word) on q.key = k.key
                 where %s
                 group by k.person_id
                 order by count(distinct q.word) desc, count(*) desc, k.person_id desc
                 limit %d""".formatted(wanted, personSql(scope).replace("p.", "k."), NameMatching.CANDIDATES))) {
            while (rows.next()) {
                found++;
            }
        }
        return found;
    }

    /** What a search runs: the persons agreeing by key, those matching exactly, their birth year and sex. */
    private int find(Connection db, String name, List<Long> scope) throws SQLException {
        Map<Long, Integer> wordOfKey = wordOfKey(name);
        Set<Long> ids = new HashSet<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery(NameMatching.newestCarriersSql(wordOfKey.keySet(), scope))) {
            while (rows.next()) {
                ids.add(rows.getLong(3));
            }
        }
        if (!ids.isEmpty()) {
            // the upper bound of the second statement: every candidate asked about every key (the search asks fewer)
            try (Statement sql = db.createStatement();
                 ResultSet rows = sql.executeQuery(NameMatching.keysCarriedSql(ids, wordOfKey.keySet()))) {
                while (rows.next()) {
                    rows.getLong(2);
                }
            }
        }
        String personScope = personSql(scope);
        try (PreparedStatement sql = db.prepareStatement(NameMatching.exactSql(personScope).replace(":indexes", "?"))) {
            sql.setString(1, indexer.nameIndex(name).current());
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        if (!ids.isEmpty()) {
            try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(NameMatching.detailsSql(ids))) {
                while (rows.next()) {
                    rows.getObject(2);
                }
            }
        }
        return ids.size();
    }

    private int exact(Connection db, String name, String personScope) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(NameMatching.exactSql(personScope).replace(":indexes", "?"))) {
            sql.setString(1, indexer.nameIndex(name).current());
            int found = 0;
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    found++;
                }
            }
            return found;
        }
    }

    private long keyRows(Connection db, String name, List<Long> scope) throws SQLException {
        String keys = indexer.nameKeys(name).current().stream().map(k -> Long.parseUnsignedLong(k.key(), 16) + "::bigint")
                .distinct().collect(Collectors.joining(","));
        return Long.parseLong(text(db, "select count(*) from person_name_key k where k.key in (" + keys + ") and " + personSql(scope).replace("p.", "k.")));
    }

    /**
     * The database's cost of the word keys per person registered: batches of 50 person rows as Hibernate
     * sends them, with their keys (the trigger writes person_name_key) and without, alternately, into the full tables.
     */
    private void registrationCost(Connection db) throws SQLException {
        db.setAutoCommit(false);
        long nextId = PERSONS + 1L;
        double withKeys = 0, withoutKeys = 0;
        int rounds = 4;
        for (int round = 0; round < rounds; round++) {
            for (boolean keys : new boolean[]{true, false}) {
                long started = System.nanoTime();
                try (PreparedStatement insert = db.prepareStatement("""
                        insert into person (id, uuid, mission_id, given_name, birth_year, sex, name_index, family_name_index,
                                            duplicate_key, name_keys) values (?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?)""")) {
                    for (int i = 0; i < INSERTS / rounds; i++) {
                        Generated person = person();
                        insert.setLong(1, nextId++);
                        insert.setObject(2, UUID.randomUUID());
                        insert.setLong(3, person.mission());
                        insert.setInt(4, person.birthYear());
                        insert.setString(5, person.sex());
                        insert.setString(6, person.indexes().name());
                        insert.setString(7, person.indexes().familyName());
                        insert.setString(8, person.indexes().duplicateKey());
                        insert.setString(9, keys ? person.indexes().nameKeys() : null);
                        insert.addBatch();
                        if (i % 50 == 49) {
                            insert.executeBatch();
                            db.commit();
                        }
                    }
                    insert.executeBatch();
                    db.commit();
                }
                double ms = (System.nanoTime() - started) / 1e6 / (INSERTS / rounds);
                if (round > 0) { // the first round warms up
                    if (keys) {
                        withKeys += ms;
                    } else {
                        withoutKeys += ms;
                    }
                }
            }
        }
        line("");
        line("Registering a person (batches of 50, one commit each, %,d persons per series, into the full tables,"
                + " key computation included): %.3f ms with word keys, %.3f ms without (%.2fx)",
                INSERTS, withKeys / (rounds - 1), withoutKeys / (rounds - 1), withKeys / withoutKeys);
        db.setAutoCommit(true);
    }

    // --- small helpers ---

    private interface Query {
        int run(String name) throws SQLException;
    }

    private record Series(double[] ms, double meanFound) {
        double p(int percentile) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
        }

        double max() {
            return Arrays.stream(ms).max().orElse(0);
        }
    }

    /** Runs every query after a warm-up of a fifth of them, stopping at the time bound. */
    private static Series timed(List<String> queries, Query query) throws SQLException {
        for (String name : queries.subList(0, queries.size() / 5)) {
            query.run(name);
        }
        List<Double> ms = new ArrayList<>();
        long found = 0;
        long deadline = System.nanoTime() + MAX_SECONDS_PER_SERIES * 1_000_000_000L;
        for (String name : queries) {
            long started = System.nanoTime();
            found += query.run(name);
            ms.add((System.nanoTime() - started) / 1e6);
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        return new Series(ms.stream().mapToDouble(Double::doubleValue).toArray(), found / (double) ms.size());
    }

    /** CaseScope.Scope#personSql's condition. */
    private static String personSql(List<Long> missions) {
        return "p.mission_id in (" + missions.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }

    private String doubled(String name) {
        for (int i = 1; i < name.length() - 1; i++) {
            char c = name.charAt(i);
            if ("bcdfghjklmnpqrstvwxz".indexOf(c) >= 0 && name.charAt(i - 1) != c && name.charAt(i + 1) != c) {
                return name.substring(0, i) + c + name.substring(i);
            }
        }
        return name + name.charAt(name.length() - 1);
    }

    /** COPY in chunks, so that 26 million rows never sit in memory at once. */
    private static final class CopyTarget {
        private final PGConnection connection;
        private final String statement;
        private final StringBuilder rows = new StringBuilder();

        CopyTarget(Connection db, String statement) throws SQLException {
            this.connection = db.unwrap(PGConnection.class);
            this.statement = statement;
        }

        void row(String row) {
            rows.append(row).append('\n');
        }

        void flush() throws SQLException {
            try {
                connection.getCopyAPI().copyIn(statement, new StringReader(rows.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            rows.setLength(0);
        }
    }

    private static String nullable(String value) {
        return value == null ? "\\N" : value;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String text(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> texts(Connection db, String query) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }

    private static String cpuModel() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 2))
                    .orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void line(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
