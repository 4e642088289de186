package org.camino.rotation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.cases.control.PersonIndexer;
import org.camino.crypto.FieldCipher;
import org.camino.crypto.FieldContext;
import org.camino.crypto.UnreadableCiphertextException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Works out what one row needs: every ciphertext under an older key
 * re-encrypted under the current one (same field label, same row uuid), and,
 * for people, the blind indexes recomputed under the current blind-index key.
 * Every value is decrypted, and so verified, even when it is already current:
 * the indexes need the plaintext, and a tampered value is counted, never copied.
 * Plaintexts stay inside this method.
 */
@ApplicationScoped
public class RowRotator {

    private static final Logger LOG = Logger.getLogger(RowRotator.class.getName());
    /** The encrypted columns of person (and person_aud) that its blind indexes are computed from. */
    static final String GIVEN_NAME = "given_name";
    static final String FAMILY_NAME = "family_name";
    static final String DOCUMENT_NUMBER = "document_number";
    static final String PHONE = "phone";

    @Inject
    FieldCipher cipher;

    @Inject
    PersonIndexer indexer;

    public RowChange changeFor(RowSnapshot row) {
        return changeFor(row, Set.of());
    }

    /**
     * As {@link #changeFor(RowSnapshot)}, and besides: a value of a column whose label is in
     * {@code formerlyClear} that is not a ciphertext at all is taken as the clear text the column
     * held before it was encrypted, and encrypted (counted as rotated). Only
     * {@link ClearTextEncryption} passes such labels, once per column, before Camino serves anyone.
     */
    public RowChange changeFor(RowSnapshot row, Set<String> formerlyClear) {
        EncryptedTable table = row.shape().table();
        Map<String, Object> newValues = new LinkedHashMap<>();
        Map<String, String> plaintexts = new HashMap<>();
        int rotated = 0;
        int unreadable = 0;
        for (EncryptedColumn column : table.columns()) {
            String stored = (String) row.values().get(column.column());
            if (stored == null) {
                continue;
            }
            if (row.uuid() == null) { // a value with no row to be bound to cannot be verified
                unreadable++;
                continue;
            }
            FieldContext context = new FieldContext(column.label(), row.uuid());
            if (formerlyClear.contains(column.label()) && !ClearTextEncryption.looksEncrypted(stored)) {
                plaintexts.put(column.column(), stored);
                newValues.put(column.column(), cipher.encrypt(stored, context));
                rotated++;
                continue;
            }
            try {
                String plaintext = cipher.decrypt(stored, context);
                plaintexts.put(column.column(), plaintext);
                if (cipher.needsRotation(stored)) {
                    newValues.put(column.column(), cipher.encrypt(plaintext, context));
                    rotated++;
                }
            } catch (UnreadableCiphertextException e) {
                unreadable++;
                LOG.warning("Key rotation leaves an unreadable value as it is: " + table.name() + "." + column.column()
                        + " of row " + row.uuid() + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        int indexes = 0;
        if (table.holdsPersonIndexes() && unreadable == 0 && row.uuid() != null) {
            indexes = recomputePersonIndexes(table, row, plaintexts, newValues);
        }
        return new RowChange(newValues, rotated, indexes, unreadable);
    }

    /** Puts the indexes that differ from the stored ones into {@code newValues}; returns how many. */
    private int recomputePersonIndexes(EncryptedTable table, RowSnapshot row, Map<String, String> plaintexts, Map<String, Object> newValues) {
        if (plaintexts.get(GIVEN_NAME) == null) {
            return 0; // a history row of a deletion: nothing to index
        }
        Object birthYear = row.values().get(PersonIndexer.BIRTH_YEAR_COLUMN);
        PersonIndexer.Indexes indexes = indexer.indexesOf(plaintexts.get(GIVEN_NAME), plaintexts.get(FAMILY_NAME),
                plaintexts.get(DOCUMENT_NUMBER), plaintexts.get(PHONE),
                birthYear == null ? null : ((Number) birthYear).intValue());
        int changed = 0;
        for (Map.Entry<String, String> index : indexes.byColumn(table.audit()).entrySet()) {
            if (!Objects.equals(index.getValue(), row.values().get(index.getKey()))) {
                newValues.put(index.getKey(), index.getValue());
                changed++;
            }
        }
        return changed;
    }
}
