package org.camino.it;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases, JSON and database helpers for the programme-area tests. */
final class AreaFixtures {

    private AreaFixtures() {
    }

    /** Registers a case of the type in the mission as that user; returns its number. */
    static String newCase(String token, String type, String mission) {
        String principal = CaseFixtures.person(CaseFixtures.unique("Area"), CaseFixtures.unique("Case"), "1990-05-17",
                CaseFixtures.unique("P"), "");
        return CaseFixtures.number(CaseFixtures.register(token, type, mission, principal));
    }

    static String day(int daysAgo) {
        return LocalDate.now().minusDays(daysAgo).toString();
    }

    /** The body of a details save: the version read (null the first time) and the form. */
    static String change(String version, String form) {
        return "{\"version\":" + version + ",\"details\":" + form + "}";
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    /** A 400 that names the field. */
    static void refused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), field + " in " + response.body());
    }

    /**
     * A field of the outermost JSON object (views list nested items, whose
     * fields have the same names, before or after their own); null if absent
     * or null (JSON-B leaves null fields out).
     */
    static String topLevel(String json, String field) {
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = endOfString(json, i);
                if (depth == 1 && json.substring(i + 1, end).equals(field) && json.charAt(end + 1) == ':') {
                    String value = Api.jsonString("{" + json.substring(i), field);
                    return "null".equals(value) ? null : value;
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return null;
    }

    private static int endOfString(String json, int start) {
        for (int i = start + 1; i < json.length(); i++) {
            if (json.charAt(i) == '\\') {
                i++;
            } else if (json.charAt(i) == '"') {
                return i;
            }
        }
        throw new AssertionError("unterminated string in " + json);
    }

    /** Every row of every table, as COPY writes it (what a data dump contains). */
    static String dumpAllTables() throws Exception {
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres")) {
            List<String> tables = new ArrayList<>();
            try (Statement sql = db.createStatement();
                 ResultSet rs = sql.executeQuery("select schemaname || '.' || tablename from pg_tables"
                         + " where schemaname not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            StringWriter all = new StringWriter();
            for (String table : tables) {
                // a query, not the table: COPY refuses a partitioned table (cdr_record), its partitions are listed too
                copy.copyOut("copy (select * from " + table + ") to stdout", all);
            }
            try (Statement sql = db.createStatement()) {
                sql.execute("checkpoint");
            }
            return all.toString();
        }
    }

    /** The secrets found in the database's files (write-ahead log included), as "file: secret". */
    static List<String> secretsInDatabaseFiles(List<String> secrets) throws Exception {
        return secretsInFiles(Path.of(System.getProperty("camino.build.dir", "target"), "it-home", "pgdata"), secrets);
    }

    /** Each secret found in a file under {@code directory} (a data directory, a backup, a WAL archive), with that file. */
    static List<String> secretsInFiles(Path directory, List<String> secrets) throws Exception {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (NoSuchFileException gone) {
                    // a temporary relation (t<backend>_<oid>) of a pooled session that closed while we walked:
                    // its file is dropped with the session, there is nothing left at rest to read
                    continue;
                }
                String content = new String(bytes, StandardCharsets.ISO_8859_1);
                secrets.stream().filter(content::contains).forEach(s -> leaks.add(directory.relativize(file) + ": " + s));
            }
        }
        return leaks;
    }

    /** One statement as the database owner: for a test that must move dates back (no API changes the past). */
    static void execute(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    static long count(String sqlCount) throws Exception {
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(sqlCount)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
