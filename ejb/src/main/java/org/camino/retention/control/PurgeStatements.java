package org.camino.retention.control;

import jakarta.persistence.JoinColumn;
import org.camino.cases.control.PersonIndexer;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.Person;
import org.camino.rotation.control.EncryptedColumn;
import org.camino.rotation.control.EncryptedTable;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UPDATE that deletes the personal values of one case from one encrypted
 * table (live or Envers history): every ciphertext column set to null, and on
 * people their blind indexes too. Which rows belong to the case: a person's by
 * its id ({@code :people}), the case's own row by its id, any other table's by
 * its {@code case_id} column ({@code :caseId}). A table that fits none of these
 * has no statement, and the purge refuses to run rather than leave it behind.
 */
public final class PurgeStatements {

    /** The column every encrypted part of a case is attached by. */
    static final String CASE_COLUMN = "case_id";

    /**
     * Encrypted tables that hold no case's data, each with why. A bulk import keeps its uploaded file
     * (every row's values, encrypted) only until the import is done, when it is deleted; the import's
     * own row keeps the file's name (encrypted) as the record of who imported what. Neither can be cut
     * by case, and neither outlives the cases it made by design.
     */
    static final Map<String, String> NOT_OF_A_CASE = Map.of(
            "import_content", "an uploaded import file, deleted when its import is done",
            "import_file", "the name of an imported file, the import's record");

    private PurgeStatements() {
    }

    /** Whether the table holds the data of cases (every table not in {@link #NOT_OF_A_CASE}). */
    public static boolean ofCases(EncryptedTable table) {
        return !NOT_OF_A_CASE.containsKey(table.name());
    }

    /** The statement for this table, or empty if its rows cannot be tied to a case. */
    public static Optional<String> of(EncryptedTable table) {
        List<String> cleared = new ArrayList<>(table.columns().stream().map(EncryptedColumn::column).toList());
        String rows;
        if (table.entity() == Person.class) {
            cleared.addAll(PersonIndexer.INDEX_COLUMNS);
            if (!table.audit()) {
                cleared.add(PersonIndexer.NAME_KEYS_COLUMN); // its trigger deletes the person's word keys
            }
            rows = "id in (:people)";
        } else if (table.entity() == CaseFile.class) {
            rows = "id = :caseId";
        } else if (attachedToCase(table.entity())) {
            rows = CASE_COLUMN + " = :caseId";
        } else {
            return Optional.empty();
        }
        return Optional.of("update " + table.name() + " set " + String.join(" = null, ", cleared) + " = null where " + rows);
    }

    /** Whether the entity (or a superclass) maps a relation through a {@code case_id} column. */
    static boolean attachedToCase(Class<?> entity) {
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JoinColumn join = field.getAnnotation(JoinColumn.class);
                if (join != null && join.name().equalsIgnoreCase(CASE_COLUMN)) {
                    return true;
                }
            }
        }
        return false;
    }
}
