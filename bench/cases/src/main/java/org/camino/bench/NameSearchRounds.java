package org.camino.bench;

import org.camino.devserver.CaminoServer;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Part b of {@link CaseRecordsBenchmark}, the name search, on its server and database once they are filled: one
 * round of REST searches per build measured, with the database time of each statement ({@link SearchStatements}),
 * then the exact blind-index lookup of before in SQL alone, a floor. Its tables go into the benchmark's report.
 */
final class NameSearchRounds {

    private final CaminoServer server;
    /** The server's base directory, where {@link #deploy} puts another build. */
    private final Path serverBase;
    private final Connection db;
    private final Report report;
    /** Calls per timed series (names that exist, names that do not, `GET /api/me`, index lookups). */
    private final int samples;
    private Http http;

    NameSearchRounds(CaminoServer server, Path serverBase, Http http, Connection db, Report report, int samples) {
        this.server = server;
        this.serverBase = serverBase;
        this.http = http;
        this.db = db;
        this.report = report;
        this.samples = samples;
    }

    /**
     * b. Name search over REST (NameMatching: word keys, exact names, ranking), with where its database time goes;
     * beside it the exact blind-index lookup of before in SQL alone, a floor. With a {@code baselineEar} (another
     * build's camino.ear), the REST series run with {@code builtEar}, the baseline build and {@code builtEar} again.
     * Returns the client to go on with: a new one when a build was deployed.
     */
    Http measure(Path builtEar, String baselineEar) throws Exception {
        String caseworker = http.token("caseworker", CaseRecordsBenchmark.PASSWORD);
        List<String> names = namesVisibleTo(caseworker, 2 * samples);
        // the second half warms up the search path (JIT, connection pool), not the database pages of the names measured
        List<String> existing = names.subList(0, Math.min(samples, names.size()));
        List<String> warmUp = names.subList(existing.size(), names.size());
        List<String> missing = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < samples; i++) {
            missing.add("Zq" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + " Xv" + i);
        }
        report.line("");
        report.line("## b. Name search (word keys, exact names, ranking), caseworker of KEN (resettlement, AVRR)");
        report.line("");
        report.line("Cases in the caseworker's scope: %,d of %,d",
                Sql.scalar(db, "select count(*) from case_file c where " + caseworkerScope()),
                Sql.scalar(db, "select count(*) from case_file"));
        List<String[]> builds = new ArrayList<>();
        builds.add(new String[]{"under test", builtEar.toString()});
        if (baselineEar != null) {
            builds.add(new String[]{"baseline", Path.of(baselineEar).toAbsolutePath().toString()});
            builds.add(new String[]{"under test, again", builtEar.toString()});
        }
        for (String[] build : builds) {
            if (baselineEar != null) {
                deploy(Path.of(build[1]));
                caseworker = http.token("caseworker", CaseRecordsBenchmark.PASSWORD);
            }
            searchRound(build[0] + " (" + build[1] + ")", caseworker, existing, warmUp, missing);
        }
        exactIndexSqlAlone(random);
        return http;
    }

    /** WildFly stopped, this camino.ear in its place, WildFly started on the same database. */
    private void deploy(Path ear) throws IOException {
        server.killWildFly();
        Files.copy(ear, serverBase.resolve("deployments/camino.ear"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        server.restartWildFly();
        http = new Http(server.baseUrl()); // no connection kept alive from the server that was stopped
    }

    private void searchRound(String build, String caseworker, List<String> existing, List<String> warmUp,
                             List<String> missing) throws SQLException {
        report.line("");
        report.line("### Build %s; load (uptime) at the start %s", build, Machine.load());
        report.line("");
        for (String name : warmUp) {
            http.timeGet(searchPath(name), caseworker);
        }
        List<Double> floor = new ArrayList<>();
        SearchStatements.reset(db);
        for (int i = 0; i < samples; i++) {
            floor.add(http.timeGet("/api/me", caseworker));
        }
        List<String> meStatements = SearchStatements.others(db, samples, 12);
        SearchStatements.reset(db);
        List<Double> found = new ArrayList<>();
        long matches = 0;
        for (String name : existing) {
            matches += timedSearch(name, caseworker, found);
        }
        List<String> statements = SearchStatements.perSearch(db, existing.size());
        List<String> otherStatements = SearchStatements.others(db, existing.size(), 12);
        List<Double> notFound = new ArrayList<>();
        for (String name : missing) {
            notFound.add(http.timeGet(searchPath(name), caseworker));
        }
        Stats rest = Stats.of(found);
        Stats restMissing = Stats.of(notFound);
        Stats me = Stats.of(floor);
        report.line("| what | p50 ms | p95 ms | max ms | n |");
        report.line("|---|---:|---:|---:|---:|");
        report.row("REST `GET /api/cases/search?by=name`, whole names that exist (%.1f cases found on average)".formatted(
                matches / (double) existing.size()), rest);
        report.row("REST, names that do not exist", restMissing);
        report.row("baseline: REST `GET /api/me` (token check + JSON, same client)", me);
        report.line("");
        report.line("- Bar < 50 ms: **%s** (p95 %.1f ms); search / `GET /api/me`: p50 %.1fx, p95 %.1fx",
                Math.max(rest.p95(), restMissing.p95()) < 50 ? "met" : "NOT met", Math.max(rest.p95(), restMissing.p95()),
                rest.p50() / me.p50(), rest.p95() / me.p95());
        report.line("");
        report.line("Database time of the whole-name searches above, per search (pg_stat_statements; execution only, not the round trips):");
        report.line("");
        report.line("| statement | calls | ms | rows |");
        report.line("|---|---:|---:|---:|");
        statements.forEach(report::line);
        report.line("");
        report.line("The \"other\" statements of those searches, one by one (per search; BEGIN and COMMIT included):");
        report.line("");
        report.line("| statement | calls | ms | rows |");
        report.line("|---|---:|---:|---:|");
        otherStatements.forEach(report::line);
        report.line("");
        report.line("Statements of `GET /api/me` (per request, same series as its row above):");
        report.line("");
        report.line("| statement | calls | ms | rows |");
        report.line("|---|---:|---:|---:|");
        meStatements.forEach(report::line);
        searchByWordsAndVariants(existing);
        report.line("");
        report.line("Load (uptime) at the end: %s", Machine.load());
    }

    /**
     * The exact blind-index lookup of before the word keys (full or family name index, one probe each), in SQL
     * alone: not what a name search runs now (see the statements above), a floor for it.
     */
    private void exactIndexSqlAlone(SecureRandom random) throws SQLException {
        String scope = caseworkerScope();
        List<Double> sqlFound = new ArrayList<>();
        List<Double> sqlMissing = new ArrayList<>();
        List<String> indexes = Sql.texts(db, "select p.name_index from person p tablesample system (1)"
                + " join mission m on m.id = p.mission_id where m.code = 'KEN' and p.name_index is not null limit " + samples);
        for (String index : indexes) {
            sqlFound.add(searchSql(scope, index));
        }
        for (int i = 0; i < samples; i++) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            sqlMissing.add(searchSql(scope, HexFormat.of().formatHex(bytes)));
        }
        report.line("");
        report.line("### A floor: the exact blind-index lookup of before the word keys, SQL alone (not the search's statements)");
        report.line("");
        report.line("| what | p50 ms | p95 ms | max ms | n |");
        report.line("|---|---:|---:|---:|---:|");
        report.row("exact full- or family-name index, with its cases (JDBC), indexes that exist", Stats.of(sqlFound));
        report.row("the same, indexes that do not exist", Stats.of(sqlMissing));
    }

    /**
     * b2. Name search by one word (given name alone, family name alone) and
     * by a spelling variant of the whole name (a doubled consonant:
     * Mohamed → Mohammed), through the word keys (issue 12), as the KEN
     * caseworker and as bench.hq (every mission in scope).
     */
    private void searchByWordsAndVariants(List<String> names) {
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        for (String name : names) {
            String[] words = name.split(" ");
            given.add(words[0]);
            family.add(words[words.length - 1]);
            variants.add(doubled(words[0]) + name.substring(words[0].length()));
        }
        report.line("");
        report.line("#### b2. Name search by one word and by a spelling variant (word keys)");
        report.line("");
        report.line("| user | query | p50 ms | p95 ms | max ms | n | cases found (mean) |");
        report.line("|---|---|---:|---:|---:|---:|---:|");
        double worst = 0;
        for (String user : List.of("caseworker", "bench.hq")) {
            String token = http.token(user, CaseRecordsBenchmark.PASSWORD);
            for (String name : given) { // warm-up of this user's path, not measured
                http.timeGet(searchPath(name), token);
            }
            for (Map.Entry<String, List<String>> kind : List.of(Map.entry("given name alone", given),
                    Map.entry("family name alone", family),
                    Map.entry("whole name, first word with a doubled consonant", variants))) {
                List<Double> times = new ArrayList<>();
                long found = 0;
                for (String query : kind.getValue()) {
                    found += timedSearch(query, token, times);
                }
                Stats stats = Stats.of(times);
                worst = Math.max(worst, stats.p95());
                report.line("| %s | %s | %.1f | %.1f | %.1f | %d | %.1f |", user, kind.getKey(), stats.p50(), stats.p95(),
                        stats.max(), times.size(), found / (double) times.size());
            }
        }
        report.line("");
        report.line("- Bar < 50 ms: **%s** (worst p95 %.1f ms)", worst < 50 ? "met" : "NOT met", worst);
    }

    /** A name search, its round trip (ms) added to {@code times}; returns the number of cases it found. */
    private long timedSearch(String name, String token, List<Double> times) {
        long t = System.nanoTime();
        HttpResponse<String> response = http.get(searchPath(name), token);
        times.add((System.nanoTime() - t) / 1e6);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.body());
        }
        return Http.fields(response.body(), "number").size();
    }

    private static String searchPath(String name) {
        return "/api/cases/search?by=name&value=" + Http.encode(name);
    }

    /** The word with its first consonant after the first letter doubled (Mohamed → Mohhamed), or as it is. */
    private static String doubled(String word) {
        for (int i = 1; i < word.length(); i++) {
            if ("aeiouyAEIOUY".indexOf(word.charAt(i)) < 0 && Character.isLetter(word.charAt(i))) {
                return word.substring(0, i + 1) + word.substring(i);
            }
        }
        return word;
    }

    /** The exact blind-index lookup of before the word keys (no longer what a name search runs), as the caseworker of KEN. */
    private double searchSql(String scope, String index) throws SQLException {
        long ken = Sql.scalar(db, "select id from mission where code = 'KEN'");
        try (PreparedStatement sql = db.prepareStatement("""
                select distinct c.number, c.case_type, m.code, c.status, c.pending_status, c.opened_on, c.principal_id
                  from (select p.id from person p where p.name_index = ? and p.mission_id in (%d)
                        union select p.id from person p where p.family_name_index = ? and p.mission_id in (%d)) p
                  join household_member hm on hm.person_id = p.id
                  join case_file c on c.household_id = hm.household_id
                  join mission m on m.id = c.mission_id
                 where %s
                 order by c.opened_on desc
                 limit 50""".formatted(ken, ken, scope))) {
            sql.setString(1, index);
            sql.setString(2, index);
            long started = System.nanoTime();
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
            return (System.nanoTime() - started) / 1e6;
        }
    }

    /** Full names of principals the caseworker can see, read (decrypted) through the API. */
    private List<String> namesVisibleTo(String token, int wanted) {
        Set<String> names = new LinkedHashSet<>();
        for (String sort : List.of("openedOn", "number", "status", "type")) {
            for (String descending : List.of("true", "false")) {
                HttpResponse<String> page = http.get("/api/cases?limit=200&sort=" + sort + "&descending=" + descending, token);
                names.addAll(Http.fields(page.body(), "principalName"));
                if (names.size() >= wanted) {
                    return new ArrayList<>(names).subList(0, wanted);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private String caseworkerScope() throws SQLException {
        long ken = Sql.scalar(db, "select id from mission where code = 'KEN'");
        return "((c.case_type = 'RST' and c.mission_id in (" + ken + ")) or (c.case_type = 'AVR' and c.mission_id in (" + ken + ")))";
    }
}
