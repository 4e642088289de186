package org.camino.platform.errors;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, connection cut) or out of a
 * resource (disk full, memory, connections) from a fault of Camino or of the request: such a request is answered
 * "temporarily unavailable, nothing was saved" (503), not as an incident. Either way PostgreSQL rolled the
 * transaction back, so nothing of it was saved. Recognised by the SQL state anywhere among the causes: class 08
 * (connection exception), class 53 (insufficient resources: 53100 disk full, 53200 out of memory, 53300 too many
 * connections) and 57P01-57P03 (the server shutting down, crashed, or not accepting connections yet).
 */
public final class DatabaseUnavailable {

    public static final String MESSAGE_KEY = "database.unavailable";
    /** Causes looked at, at most: a cycle or a very long chain must not hold the request. */
    private static final int MAX_CAUSES = 64;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable error) {
        return cause(error) != null;
    }

    /** For the log: the SQL state and message of the database's refusal (e.g. "53100 could not extend file ..."). */
    public static String describe(Throwable error) {
        SQLException sql = cause(error);
        return sql == null ? String.valueOf(error) : sql.getSQLState() + " " + sql.getMessage();
    }

    private static SQLException cause(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        pushIfAny(todo, error);
        while (!todo.isEmpty() && seen.size() < MAX_CAUSES) {
            Throwable e = todo.pop();
            if (!seen.add(e)) {
                continue;
            }
            if (e instanceof SQLException sql) {
                if (isConnectionState(sql.getSQLState())) {
                    return sql;
                }
                pushIfAny(todo, sql.getNextException());
            }
            pushIfAny(todo, e.getCause());
            for (Throwable suppressed : e.getSuppressed()) {
                pushIfAny(todo, suppressed);
            }
        }
        return null;
    }

    private static void pushIfAny(Deque<Throwable> todo, Throwable e) {
        if (e != null) {
            todo.push(e);
        }
    }

    static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}
