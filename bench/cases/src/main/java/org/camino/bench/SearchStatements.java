package org.camino.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a name search's database time goes, from PostgreSQL's pg_stat_statements: each statement a search runs
 * (as NameMatching and CaseQueries write it, before and after issue 12's round 3), its calls, time and rows per
 * search. The library is loaded once (PostgreSQL restarted under the running WildFly); then {@link #reset} before
 * a series of searches and {@link #perSearch} after it.
 */
final class SearchStatements {

    /** What a statement is, by the start of its text; the first that matches names it. */
    private static final String[][] KINDS = {
            {"with wanted (key)%", "word keys, before: newest persons per key, then every wanted key of each (one statement)"},
            {"select q.key, m.id, c.person_id%", "word keys: newest persons per key and mission"},
            {"select k.person_id, k.key%", "word keys: keys the lists leave unknown, of candidates still in the running"},
            {"select c.id, q.idx from unnest%", "exact full or family name (blind index)"},
            {"select p.id, p.birth_year, p.sex%", "birth year and sex of the candidates"},
            {"%from household_member hm%join case_file c%", "cases of the persons found (household, scope)"},
            {"%from person p1_0%", "principals of the result rows (Person entities; names decrypted in Java)"},
    };

    private SearchStatements() {
    }

    /** Loads pg_stat_statements (a restart of PostgreSQL: WildFly's pool validates its connections and reconnects). */
    static void install(Connection db, Runnable restartDatabase) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
        }
        restartDatabase.run();
    }

    static void reset(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements with schema public");
            sql.execute("select public.pg_stat_statements_reset()");
        }
    }

    /**
     * Rows of a markdown table: each statement that is none of the search's own kinds (the token check, the
     * caller's grants and scope, BEGIN and COMMIT, and whatever else ran meanwhile), its first words, calls, ms and
     * rows per request, since {@link #reset}; the most time first, at most {@code limit}, then one row of totals.
     */
    static List<String> others(Connection db, int requests, int limit) throws SQLException {
        StringBuilder ours = new StringBuilder("true");
        for (String[] kind : KINDS) {
            ours.append(" and query not like '").append(kind[0].replace("'", "''")).append("'");
        }
        List<String> rows = new ArrayList<>();
        double calls = 0;
        double millis = 0;
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                select left(regexp_replace(query, '\\s+', ' ', 'g'), 90), calls, total_exec_time, rows
                  from public.pg_stat_statements
                 where query not like '%%pg_stat_statements%%' and dbid = (select oid from pg_database where datname = current_database())
                   and %s
                 order by total_exec_time desc""".formatted(ours))) {
            while (rs.next()) {
                calls += rs.getLong(2);
                millis += rs.getDouble(3);
                if (rows.size() < limit) {
                    rows.add(String.format(java.util.Locale.ROOT, "| `%s` | %.2f | %.3f | %.1f |",
                            rs.getString(1).replace("|", "\\|").replace("`", "'"), rs.getLong(2) / (double) requests,
                            rs.getDouble(3) / requests, rs.getLong(4) / (double) requests));
                }
            }
        }
        rows.add(String.format(java.util.Locale.ROOT, "| **all of these** | **%.2f** | **%.3f** | |", calls / requests,
                millis / requests));
        return rows;
    }

    /** Rows of a markdown table: kind, calls, ms and rows per search, since {@link #reset}. */
    static List<String> perSearch(Connection db, int searches) throws SQLException {
        StringBuilder kinds = new StringBuilder("case");
        for (String[] kind : KINDS) {
            kinds.append(" when query like '").append(kind[0].replace("'", "''")).append("' then '")
                    .append(kind[1].replace("'", "''")).append("'");
        }
        kinds.append(" else 'other (token, scope, transaction...)' end");
        List<String> rows = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                select %s as kind, sum(calls), sum(total_exec_time), sum(rows)
                  from public.pg_stat_statements
                 where query not like '%%pg_stat_statements%%' and dbid = (select oid from pg_database where datname = current_database())
                 group by 1 order by 3 desc""".formatted(kinds))) {
            while (rs.next()) {
                rows.add(String.format(java.util.Locale.ROOT, "| %s | %.2f | %.2f | %.1f |", rs.getString(1),
                        rs.getLong(2) / (double) searches, rs.getDouble(3) / searches, rs.getLong(4) / (double) searches));
            }
        }
        return rows;
    }
}
