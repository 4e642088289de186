package org.camino.security.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks the access-log chain straight in the database, without a running
 * Camino: {@code ./mvnw -q -Pverify-access-log package}. Reads CAMINO_DB_URL,
 * CAMINO_DB_USER and CAMINO_DB_PASSWORD (default: the database of the run
 * command). Exit code 0 when intact, 1 when broken, 2 when it cannot check.
 */
public final class AccessLogCommand {

    private AccessLogCommand() {
    }

    public static void main(String[] args) {
        String url = env("CAMINO_DB_URL", "jdbc:postgresql://127.0.0.1:" + env("CAMINO_PG_PORT", "15432") + "/camino");
        try (Connection db = DriverManager.getConnection(url, env("CAMINO_DB_USER", "postgres"), env("CAMINO_DB_PASSWORD", "postgres"))) {
            db.setReadOnly(true);
            try (Statement setup = db.createStatement()) {
                setup.execute("set search_path to camino");
            }
            AccessLogChain.Checker checker = new AccessLogChain.Checker();
            try (PreparedStatement query = db.prepareStatement(
                    "select seq, at, username, event, target, address, detail, prev_hash, hash from access_log order by seq")) {
                query.setFetchSize(5000);
                db.setAutoCommit(false); // lets the driver stream the rows
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next() && checker.accept(new AccessLogChain.Entry(rs.getLong(1),
                            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))) {
                        // keep reading
                    }
                }
            }
            AccessLogChain.Verification result = checker.result();
            if (result.intact()) {
                System.out.println("Access log intact: " + result.entriesChecked() + " entries checked (" + url + ")");
                System.exit(0);
            }
            System.out.println("ACCESS LOG BROKEN at entry " + result.firstBrokenSeq() + ": " + result.problem()
                    + " (" + result.entriesChecked() + " entries before it are intact)");
            System.exit(1);
        } catch (SQLException e) {
            System.err.println("Cannot check the access log at " + url + ": " + e.getMessage());
            System.exit(2);
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
