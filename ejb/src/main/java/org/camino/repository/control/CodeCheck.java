package org.camino.repository.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.camino.platform.statistics.StatisticalRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every coded value of a record against its code list at HQ (the
 * reference lists of {@code code_value}, inactive codes included: old records
 * keep old codes). Loaded once; code lists change only by migration.
 */
@ApplicationScoped
public class CodeCheck {

    /** Field → the code lists its value may come from. programmeCode's list depends on the event type. */
    static final Map<String, List<String>> LISTS = Map.of(
            "caseType", List.of("CASE_TYPE"),
            "sex", List.of("SEX"),
            "ageBand", List.of("AGE_BAND"),
            "nationality", List.of("COUNTRY", "NATIONALITY_SPECIAL"),
            "originCountry", List.of("COUNTRY"),
            "destinationCountry", List.of("COUNTRY"),
            "reason", List.of("CASE_CLOSURE_REASON"));

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    private volatile Map<String, Set<String>> codes;

    /** The problems of the record's codes, each naming the field; empty if all are in their lists. */
    public List<String> problems(StatisticalRecord record, String where) {
        List<String> problems = new ArrayList<>();
        record.codedValues().forEach((field, value) -> {
            List<String> lists = field.equals("programmeCode")
                    ? record.eventType().programmeCodeList() == null ? List.of()
                    : List.of(record.eventType().programmeCodeList())
                    : LISTS.get(field);
            if (lists.isEmpty()) {
                problems.add(where + "." + field + ": an event of type " + record.eventType() + " has no " + field);
            } else if (lists.stream().noneMatch(list -> codes().getOrDefault(list, Set.of()).contains(value))) {
                problems.add(where + "." + field + ": '" + value + "' is not in the code list " + String.join(" or ", lists));
            }
        });
        return problems;
    }

    private Map<String, Set<String>> codes() {
        Map<String, Set<String>> loaded = codes;
        if (loaded == null) {
            loaded = new HashMap<>();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("select list_code, code from code_value");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    loaded.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            codes = loaded;
        }
        return loaded;
    }
}
