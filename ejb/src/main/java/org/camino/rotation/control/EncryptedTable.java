package org.camino.rotation.control;

import org.camino.cases.control.PersonIndexer;
import org.camino.cases.entity.Person;

import java.util.ArrayList;
import java.util.List;

/**
 * A table holding ciphertexts: an entity's own table, or its Envers history
 * ({@code audit}), whose rows carry the same labels and row uuids as the live rows.
 *
 * @param name       physical table name
 * @param entity     the entity class it stores
 * @param uuidColumn the column with the row identity every ciphertext of the row is bound to
 * @param columns    its encrypted columns
 * @param audit      whether this is the Envers history table
 */
public record EncryptedTable(String name, Class<?> entity, String uuidColumn, List<EncryptedColumn> columns, boolean audit) {

    public EncryptedTable {
        columns = List.copyOf(columns);
    }

    /** People carry blind indexes, which the job recomputes from the decrypted values. */
    public boolean holdsPersonIndexes() {
        return entity == Person.class;
    }

    /** Clear columns the job reads besides the ciphertexts: the blind indexes and what they are computed from. */
    public List<String> clearColumns() {
        if (!holdsPersonIndexes()) {
            return List.of();
        }
        List<String> clear = new ArrayList<>(List.of(PersonIndexer.BIRTH_YEAR_COLUMN));
        clear.addAll(PersonIndexer.INDEX_COLUMNS);
        if (!audit) {
            clear.add(PersonIndexer.NAME_KEYS_COLUMN);
        }
        return clear;
    }

    @Override
    public String toString() {
        return name + columns.stream().map(EncryptedColumn::column).toList();
    }
}
