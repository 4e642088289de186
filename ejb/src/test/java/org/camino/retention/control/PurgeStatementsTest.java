package org.camino.retention.control;

import jakarta.persistence.Entity;
import org.camino.crypto.EncryptedField;
import org.camino.rotation.control.EncryptedColumnScanner;
import org.camino.rotation.control.EncryptedTable;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The purge reaches every table that holds a ciphertext, live and history: a
 * new entity with an encrypted field and no way to tie its rows to a case
 * fails here (and the purge refuses to run), instead of keeping personal data
 * after the case was purged.
 */
class PurgeStatementsTest {

    @Test
    void everyEncryptedTableOfTheApplicationHasAPurgeStatement() throws Exception {
        EncryptedColumnScanner.Result found = EncryptedColumnScanner.scan(entities());
        assertTrue(found.problems().isEmpty(), found.problems().toString());
        List<String> missing = found.tables().stream().filter(PurgeStatements::ofCases).filter(t -> PurgeStatements.of(t).isEmpty())
                .map(EncryptedTable::name).toList();
        assertEquals(List.of(), missing);
        assertTrue(found.tables().stream().map(EncryptedTable::name).toList().containsAll(PurgeStatements.NOT_OF_A_CASE.keySet()),
                "every table said to hold no case's data exists: " + PurgeStatements.NOT_OF_A_CASE.keySet());
        assertTrue(found.tables().size() >= 20, "live tables and their histories: " + found.tables());
    }

    @Test
    void peopleLoseTheirCiphertextsAndBlindIndexesTheCaseItsNoteAndPartsByCase() throws Exception {
        Map<String, String> sql = EncryptedColumnScanner.scan(entities()).tables().stream().filter(PurgeStatements::ofCases)
                .collect(Collectors.toMap(EncryptedTable::name, t -> PurgeStatements.of(t).orElseThrow(), (a, b) -> a));
        assertEquals("update person set given_name = null, family_name = null, date_of_birth = null, document_number = null,"
                + " phone = null, email = null, address = null, name_index = null, family_name_index = null,"
                + " document_index = null, phone_index = null, duplicate_key = null, name_keys = null where id in (:people)",
                sql.get("person"));
        assertTrue(sql.get("person_aud").contains("duplicate_key = null") && !sql.get("person_aud").contains("name_keys"),
                "the history has the indexes but no word keys: " + sql.get("person_aud"));
        assertEquals("update case_file set closure_note = null where id = :caseId", sql.get("case_file"));
        assertEquals("update case_file_aud set closure_note = null where id = :caseId", sql.get("case_file_aud"));
        assertEquals("update case_note_aud set text = null where case_id = :caseId", sql.get("case_note_aud"));
        assertTrue(sql.get("trafficking_details_aud").endsWith("where case_id = :caseId"), sql.get("trafficking_details_aud"));
    }

    @Test
    void aTableNotTiedToACaseHasNoStatement() {
        EncryptedTable orphan = new EncryptedTable("orphan", Orphan.class, "uuid", List.of(), false);
        assertEquals(Optional.empty(), PurgeStatements.of(orphan));
    }


    static class Orphan {
        static final EncryptedField SECRET = new EncryptedField("orphan.secret");
    }

    private static List<Class<?>> entities() throws Exception {
        Path classes = Path.of(EncryptedField.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.endsWith("package-info")) {
                    Class<?> type = Class.forName(name, false, PurgeStatementsTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Entity.class)) {
                        found.add(type);
                    }
                }
            }
        }
        return found;
    }
}
