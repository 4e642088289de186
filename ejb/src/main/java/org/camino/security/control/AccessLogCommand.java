package org.camino.security.control;

import org.camino.crypto.LogSeal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the access-log chain straight in the database, without a running
 * Camino: {@code ./mvnw -q -Pverify-access-log package}. Reads CAMINO_DB_URL,
 * CAMINO_DB_USER and CAMINO_DB_PASSWORD (default: the database of the run
 * command), the access-log key (CAMINO_ACCESS_LOG_KEY, CAMINO_KEYS_FILE, or
 * the run command's demo key in CAMINO_HOME) and the anchor file; each
 * argument names one more file of anchors (e.g. a copy of the server log, or
 * HQ's anchors of this node). Exit code 0 when intact, 1 when broken, 2 when
 * it cannot check.
 */
public final class AccessLogCommand {

    private AccessLogCommand() {
    }

    public static void main(String[] args) {
        String url = env("CAMINO_DB_URL", "jdbc:postgresql://127.0.0.1:" + env("CAMINO_PG_PORT", "15432") + "/camino");
        try (Connection db = DriverManager.getConnection(url, env("CAMINO_DB_USER", "postgres"), env("CAMINO_DB_PASSWORD", "postgres"))) {
            try (Statement setup = db.createStatement()) {
                setup.execute("set search_path to camino");
            }
            System.exit(check(db, seal(), anchors(args), url, System.out));
        } catch (SQLException | RuntimeException e) {
            System.err.println("Cannot check the access log at " + url + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** Walks the log of {@code db} (schema on its search path); returns the exit code and says why on {@code out}. */
    static int check(Connection db, LogSeal seal, List<AccessLogChain.Anchor> anchors, String where, PrintStream out)
            throws SQLException {
        db.setReadOnly(true);
        db.setAutoCommit(false); // lets the driver stream the rows
        AccessLogChain.Checker checker = new AccessLogChain.Checker(seal, anchors);
        try (PreparedStatement query = db.prepareStatement("select seq, chain_version, at, username, event, target,"
                + " address, detail, prev_hash, hash from access_log order by seq")) {
            query.setFetchSize(5000);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next() && checker.accept(new AccessLogChain.Entry(rs.getLong(1), rs.getInt(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))) {
                    // keep reading
                }
            }
        } finally {
            db.rollback();
        }
        AccessLogChain.Verification result = checker.result();
        if (result.intact()) {
            out.println("Access log intact: " + result.entriesChecked() + " entries checked, "
                    + result.anchorsChecked() + " anchors matched (" + where + ")"
                    + (result.head() == null ? "" : "; head seq=" + result.head().seq() + " head=" + result.head().hash()));
            return 0;
        }
        out.println("ACCESS LOG BROKEN at entry " + result.firstBrokenSeq() + ": " + result.problem()
                + " (" + result.entriesChecked() + " entries before it are intact)");
        return 1;
    }

    /** The access-log key; the demo key of CAMINO_HOME only if it is there (a check never makes a key). */
    private static LogSeal seal() {
        Map<String, String> settings = new HashMap<>();
        for (String name : new String[] {LogSeal.ACCESS_LOG_KEY, "CAMINO_KEYS_FILE"}) {
            Optional.ofNullable(System.getenv(name)).ifPresent(value -> settings.put(name, value));
        }
        Path home = home();
        return LogSeal.load(settings, Files.exists(home.resolve(LogSeal.DEMO_FILE)), home);
    }

    private static List<AccessLogChain.Anchor> anchors(String[] files) {
        List<AccessLogChain.Anchor> anchors = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        paths.add(AccessLogAnchors.file(name -> Optional.ofNullable(System.getenv(name)), home()));
        Arrays.stream(files).map(Path::of).forEach(paths::add);
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                try {
                    anchors.addAll(AccessLogAnchors.parse(Files.readAllLines(path, StandardCharsets.UTF_8), path.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + path, e);
                }
            } else if (paths.indexOf(path) > 0) {
                throw new IllegalArgumentException("No such file of anchors: " + path);
            }
        }
        return anchors;
    }

    private static Path home() {
        return Path.of(env("CAMINO_HOME", System.getProperty("user.home") + "/.camino"));
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
