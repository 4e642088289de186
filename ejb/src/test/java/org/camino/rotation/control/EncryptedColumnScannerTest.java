package org.camino.rotation.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.camino.cases.entity.Person;
import org.camino.crypto.EncryptedField;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rotation job finds every encrypted column from the entities themselves, history tables included. */
class EncryptedColumnScannerTest {

    @Test
    void everyEncryptedFieldConstantOfTheApplicationIsFoundWithItsTableAndHistory() throws Exception {
        List<Class<?>> classes = applicationClasses();
        EncryptedColumnScanner.Result result = EncryptedColumnScanner.scan(classes.stream()
                .filter(c -> c.isAnnotationPresent(Entity.class)).toList());

        assertEquals(List.of(), result.problems());
        List<String> declared = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == EncryptedField.class) {
                    field.setAccessible(true);
                    declared.add(((EncryptedField) field.get(null)).name());
                }
            }
        }
        List<String> found = result.tables().stream().filter(t -> !t.audit())
                .flatMap(t -> t.columns().stream().map(EncryptedColumn::label)).toList();
        assertTrue(declared.size() >= 13, "found the constants: " + declared);
        assertEquals(declared.stream().sorted().toList(), found.stream().sorted().toList(),
                "every constant, in an entity, is rotated");
        for (EncryptedTable table : result.tables()) {
            for (EncryptedColumn column : table.columns()) {
                String liveTable = table.audit() ? table.name().replaceAll("_aud$", "") : table.name();
                assertEquals(liveTable + "." + column.column(), column.label(), "label names table and column");
            }
        }
    }

    @Test
    void personHasSevenEncryptedColumnsItsHistoryTheSameAndBlindIndexes() throws Exception {
        Map<String, EncryptedTable> tables = EncryptedColumnScanner.scan(applicationClasses().stream()
                        .filter(c -> c.isAnnotationPresent(Entity.class)).toList())
                .tables().stream().collect(Collectors.toMap(EncryptedTable::name, Function.identity()));

        EncryptedTable person = tables.get("person");
        EncryptedTable history = tables.get("person_aud");
        List<String> columns = List.of("given_name", "family_name", "date_of_birth", "document_number", "phone", "email", "address");
        assertEquals(columns.stream().sorted().toList(), person.columns().stream().map(EncryptedColumn::column).sorted().toList());
        assertEquals(person.columns(), history.columns(), "the history holds the same ciphertexts");
        assertTrue(history.audit() && !person.audit());
        assertEquals("uuid", person.uuidColumn());
        assertEquals(Person.class, history.entity());
        assertTrue(person.holdsPersonIndexes() && history.holdsPersonIndexes());
        assertTrue(columns.containsAll(List.of(RowRotator.GIVEN_NAME, RowRotator.FAMILY_NAME, RowRotator.DOCUMENT_NUMBER,
                RowRotator.PHONE)), "the indexes' sources are person columns");
        assertTrue(tables.containsKey("case_note_aud") && tables.containsKey("case_file_aud"));
        assertTrue(tables.containsKey("case_status_change") && !tables.containsKey("case_status_change_aud"),
                "no history table for an entity that is not audited");
        assertFalse(tables.get("case_note").holdsPersonIndexes());
    }

    @Test
    void tablesComeInAStableOrderEachFollowedByItsHistory() throws Exception {
        List<Class<?>> entities = applicationClasses().stream().filter(c -> c.isAnnotationPresent(Entity.class)).toList();
        List<String> names = EncryptedColumnScanner.scan(entities).tables().stream().map(EncryptedTable::name).toList();
        List<Class<?>> reversed = new ArrayList<>(entities);
        java.util.Collections.reverse(reversed);
        assertEquals(names, EncryptedColumnScanner.scan(reversed).tables().stream().map(EncryptedTable::name).toList());
        assertEquals(names.indexOf("person") + 1, names.indexOf("person_aud"));
    }

    @Entity
    @Table(name = "visit")
    @Audited
    @AuditTable("visit_history")
    static class Visit {
        static final EncryptedField PLACE = new EncryptedField("visit.place");
        static final EncryptedField REMARK = new EncryptedField("visit.remark");
        private UUID uuid;
        @Column(name = "place")
        private String whereItWas;
        @NotAudited
        private String remark;
    }

    @Entity
    static class Orphan {
        static final EncryptedField SECRET = new EncryptedField("orphan.secret");
        private String secret;
    }

    @Entity
    @Table(name = "renamed")
    static class Renamed {
        static final EncryptedField OLD = new EncryptedField("renamed.old_name");
        private UUID uuid;
        @Column(name = "new_name")
        private String value;
    }

    @Test
    void columnNamesAuditExclusionsAndAuditTableNamesFollowTheAnnotations() {
        EncryptedColumnScanner.Result result = EncryptedColumnScanner.scan(List.of(Visit.class));
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.tables().size());
        EncryptedTable live = result.tables().get(0);
        EncryptedTable history = result.tables().get(1);
        assertEquals("visit", live.name());
        assertEquals(List.of(new EncryptedColumn("visit.place", "place"), new EncryptedColumn("visit.remark", "remark")),
                live.columns());
        assertEquals("visit_history", history.name());
        assertEquals(List.of(new EncryptedColumn("visit.place", "place")), history.columns(), "@NotAudited stays out");
    }

    @Test
    void whatCannotBeMappedIsReportedNotGuessed() {
        EncryptedColumnScanner.Result result = EncryptedColumnScanner.scan(List.of(Orphan.class, Renamed.class));
        assertEquals(List.of(), result.tables());
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("Orphan") && p.contains("no uuid")), result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("renamed.old_name") && p.contains("names no text column")),
                result.problems().toString());
    }

    /** Every class of the ejb module (main classes), as the container would see them. */
    private static List<Class<?>> applicationClasses() throws Exception {
        Path classes = Path.of(EncryptedField.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.endsWith("package-info")) {
                    found.add(Class.forName(name, false, EncryptedColumnScannerTest.class.getClassLoader()));
                }
            }
        }
        return found;
    }
}
