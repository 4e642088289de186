package org.camino.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads V3__code_lists.sql as text (no database) and checks that the code
 * lists it inserts are consistent: every value labelled in the three
 * languages, no duplicates, every list declared, the country list complete,
 * and no list left untranslated.
 */
class CodeListMigrationTest {

    private static final String MIGRATION = "/db/migration/V3__code_lists.sql";
    private static final Pattern INSERT = Pattern.compile(
            "insert\\s+into\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*values\\s*(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Programme areas of user_role.programme_area (V2); CASE_TYPE alt_code must be one of them. */
    private static final Set<String> PROGRAMME_AREAS = Set.of("resettlement", "avrr", "health", "trafficking");

    private static final Map<String, Map<String, String>> lists = new LinkedHashMap<>();
    private static final List<Map<String, String>> values = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        String sql;
        try (InputStream in = CodeListMigrationTest.class.getResourceAsStream(MIGRATION)) {
            assertNotNull(in, MIGRATION + " on the classpath");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String statement : statements(sql)) {
            Matcher m = INSERT.matcher(statement.strip());
            if (!m.matches()) {
                continue;
            }
            String table = m.group(1).toLowerCase(Locale.ROOT);
            List<String> columns = new ArrayList<>();
            for (String column : m.group(2).split(",")) {
                columns.add(column.strip().toLowerCase(Locale.ROOT));
            }
            for (List<String> tuple : tuples(m.group(3))) {
                assertEquals(columns.size(), tuple.size(), () -> "values " + tuple + " for columns " + columns);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), tuple.get(i));
                }
                switch (table) {
                    case "code_list" -> assertNull(lists.put(row.get("code"), row), "code_list declared twice: " + row.get("code"));
                    case "code_value" -> values.add(row);
                    default -> fail("unexpected insert into " + table);
                }
            }
        }
        assertFalse(lists.isEmpty(), "code_list rows found");
        assertFalse(values.isEmpty(), "code_value rows found");
    }

    @Test
    void everyValueHasAllThreeLabels() {
        for (Map<String, String> row : values) {
            for (String column : List.of("label_en", "label_fr", "label_es")) {
                String label = row.get(column);
                assertTrue(label != null && !label.isBlank(), () -> id(row) + " has no " + column);
                assertEquals(label.strip(), label, () -> id(row) + " " + column + " has surrounding spaces");
            }
        }
    }

    @Test
    void noDuplicateCodeInAList() {
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : values) {
            assertTrue(seen.add(id(row)), () -> "duplicate " + id(row));
        }
    }

    @Test
    void everyListUsedIsDeclaredAndEveryDeclaredListHasValues() {
        Set<String> used = new HashSet<>();
        for (Map<String, String> row : values) {
            String list = row.get("list_code");
            assertTrue(lists.containsKey(list), () -> id(row) + ": list not declared in code_list");
            used.add(list);
            String parentList = row.get("parent_list_code");
            if (parentList != null) {
                assertTrue(lists.containsKey(parentList), () -> id(row) + ": parent list not declared");
            }
        }
        for (String list : lists.keySet()) {
            assertTrue(used.contains(list), () -> "list " + list + " has no values");
            assertTrue(list.matches("[A-Z][A-Z0-9_]*"), () -> "list code " + list);
            assertFalse(lists.get(list).getOrDefault("source", "").isBlank(), () -> "list " + list + " has no source");
        }
    }

    @Test
    void codesAreWellFormedAndParentsExist() {
        Set<String> ids = new HashSet<>();
        values.forEach(row -> ids.add(id(row)));
        for (Map<String, String> row : values) {
            String code = row.get("code");
            assertTrue(code != null && code.matches("[A-Za-z0-9_]{1,64}"), () -> "code " + id(row));
            String parentList = row.get("parent_list_code");
            String parentCode = row.get("parent_code");
            assertEquals(parentList == null, parentCode == null, () -> id(row) + ": parent list and code go together");
            if (parentCode != null) {
                assertTrue(ids.contains(parentList + "/" + parentCode), () -> id(row) + ": no parent " + parentList + "/" + parentCode);
            }
        }
    }

    @Test
    void sortOrderIsUniqueWithinAListUnlessZero() {
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : values) {
            String order = row.getOrDefault("sort_order", "0");
            if (!"0".equals(order)) {
                assertTrue(seen.add(row.get("list_code") + "/" + order), () -> id(row) + ": sort_order " + order + " used twice");
            }
        }
    }

    @Test
    void countriesAreTheIsoAlpha3List() {
        List<Map<String, String>> countries = values.stream().filter(row -> "COUNTRY".equals(row.get("list_code"))).toList();
        assertTrue(countries.size() >= 245, "at least 245 countries, found " + countries.size());
        Set<String> alpha2 = new HashSet<>();
        for (Map<String, String> row : countries) {
            assertTrue(row.get("code").matches("[A-Z]{3}"), () -> "alpha-3 code " + id(row));
            String a2 = row.get("alt_code");
            assertTrue(a2 != null && a2.matches("[A-Z]{2}") && alpha2.add(a2), () -> "unique alpha-2 alt_code for " + id(row));
        }
        for (String code : List.of("KEN", "USA", "CAN", "AUS", "NZL", "GBR", "SWE", "NOR", "DEU", "FRA", "ESP")) {
            assertTrue(countries.stream().anyMatch(row -> code.equals(row.get("code"))), "country " + code);
        }
    }

    @Test
    void caseTypesAreThreeLetterCaseNumberSegmentsWithAProgrammeArea() {
        List<Map<String, String>> types = values.stream().filter(row -> "CASE_TYPE".equals(row.get("list_code"))).toList();
        assertEquals(PROGRAMME_AREAS.size(), types.size(), "one case type per programme area");
        Set<String> areas = new HashSet<>();
        for (Map<String, String> row : types) {
            assertTrue(row.get("code").matches("[A-Z]{3}"), () -> "case number segment " + id(row));
            assertTrue(areas.add(row.get("alt_code")), () -> "programme area used twice: " + id(row));
        }
        assertEquals(PROGRAMME_AREAS, areas);
    }

    @Test
    void noListIsLeftUntranslated() {
        Map<String, int[]> translated = new TreeMap<>();
        for (Map<String, String> row : values) {
            int[] counts = translated.computeIfAbsent(row.get("list_code"), k -> new int[2]);
            if (!row.get("label_fr").equals(row.get("label_en"))) {
                counts[0]++;
            }
            if (!row.get("label_es").equals(row.get("label_en"))) {
                counts[1]++;
            }
        }
        translated.forEach((list, counts) -> {
            assertTrue(counts[0] > 0, () -> list + ": every French label is the English one");
            assertTrue(counts[1] > 0, () -> list + ": every Spanish label is the English one");
        });
    }

    // --- a small SQL reader: statements, then the tuples of a VALUES clause ---

    /** Splits on semicolons outside string literals, dropping -- comments. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = endOfString(sql, i);
                current.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ';') {
                statements.add(current.toString());
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        return statements;
    }

    /** Parses "(a, 'b', null), (...)" into lists of values; SQL null becomes Java null, strings are unescaped. */
    static List<List<String>> tuples(String text) {
        List<List<String>> tuples = new ArrayList<>();
        List<String> tuple = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '(') {
                assertTrue(tuple == null, "nested parenthesis in VALUES");
                tuple = new ArrayList<>();
                i++;
            } else if (c == ')') {
                assertNotNull(tuple, "unbalanced parenthesis in VALUES");
                tuples.add(tuple);
                tuple = null;
                i++;
            } else if (c == '\'') {
                int end = endOfString(text, i);
                assertNotNull(tuple, "string outside a tuple");
                tuple.add(text.substring(i + 1, end - 1).replace("''", "'"));
                i = end;
            } else {
                int start = i;
                while (i < text.length() && ",)".indexOf(text.charAt(i)) < 0 && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                String literal = text.substring(start, i);
                assertNotNull(tuple, "literal outside a tuple: " + literal);
                assertTrue(literal.matches("(?i)null|true|false|-?\\d+"), "unexpected literal " + literal);
                tuple.add(literal.equalsIgnoreCase("null") ? null : literal);
            }
        }
        assertTrue(tuple == null, "unterminated tuple in VALUES");
        return tuples;
    }

    /** Index just past the string literal starting at start ('' is an escaped quote). */
    private static int endOfString(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new AssertionError("unterminated string literal at " + start);
    }

    private static String id(Map<String, String> row) {
        return row.get("list_code") + "/" + row.get("code");
    }

    private static void assertNull(Object value, String message) {
        if (value != null) {
            fail(message);
        }
    }
}
