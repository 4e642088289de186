package org.camino.crypto;

import java.util.Objects;
import java.util.UUID;

/**
 * Where an encrypted value belongs: the logical field ({@code person.given_name})
 * and the row's stable identity (its uuid). Both are authenticated with the
 * ciphertext, so a value copied to another field or row fails to decrypt.
 * <p>
 * The field name is a label, not the physical column: keep it unchanged when
 * a column is renamed, or the values already stored under it become unreadable.
 *
 * @param field logical field name, {@code table.column}
 * @param row   stable identity of the row; never changes once the row exists
 */
public record FieldContext(String field, String row) {

    public FieldContext {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(row, "row");
        if (field.isBlank() || row.isBlank()) {
            throw new IllegalArgumentException("An encryption context needs a field name and a row identity");
        }
    }

    public static FieldContext of(String field, UUID row) {
        return new FieldContext(field, Objects.requireNonNull(row, "row uuid").toString());
    }

    @Override
    public String toString() {
        return field + " (row " + row + ")";
    }
}
