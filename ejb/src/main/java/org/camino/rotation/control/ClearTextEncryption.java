package org.camino.rotation.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Encrypts the values of columns that held clear text before they became
 * encrypted (listed by a migration in {@code clear_text_column}, e.g. V16's
 * movement places), at start-up, before Camino serves a request, with the
 * key-rotation job's machinery: the same paging, the same compare-and-set
 * writes, a transaction per page, the live table and its history alike.
 * <p>
 * Why here and not in the migration: SQL never sees the keys. Why at start-up
 * and not in the background: until a value is encrypted, reading it would
 * mean accepting clear text where a ciphertext belongs, that is, showing a
 * value anyone with write access to the database could have put there. So no
 * reader ever accepts clear text; this runs once per column, and afterwards a
 * clear value in the column is a damaged value like any other.
 * <p>
 * Cost: one encryption per value and one UPDATE per row (measured figure in
 * docs/key-rotation.md). If the server stops halfway, the next start carries
 * on (values already encrypted are skipped).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClearTextEncryption {

    private static final Logger LOG = Logger.getLogger(ClearTextEncryption.class.getName());
    private static final int PAGE = 500;
    /** Every value Camino writes to an encrypted column starts so ({@code v1:<key id>:...}). */
    private static final String CIPHERTEXT_PREFIX = "v1:";

    @Inject
    RotationStore store;

    @Inject
    TableRotation rotation;

    @Inject
    EncryptedColumns columns;

    /** Whether a stored value is in Camino's ciphertext format, as far as its prefix tells (its tag tells the rest). */
    static boolean looksEncrypted(String stored) {
        return stored.startsWith(CIPHERTEXT_PREFIX);
    }

    @PostConstruct
    void encryptPendingColumns() {
        Set<String> pending = new HashSet<>(store.clearTextLabelsPending());
        if (pending.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        long encrypted = 0;
        boolean complete = true;
        for (EncryptedTable table : columns.tables()) {
            List<String> clearColumns = table.columns().stream().filter(c -> pending.contains(c.label()))
                    .map(EncryptedColumn::column).toList();
            if (clearColumns.isEmpty()) {
                continue;
            }
            encrypted += encryptTable(store.shape(table), pending);
            long left = store.clearValues(table, clearColumns);
            if (left > 0) {
                complete = false;
                LOG.severe("Clear-text encryption: " + left + " values of " + table.name() + " " + clearColumns
                        + " are still in clear; the next start-up tries again");
            }
        }
        Set<String> found = new HashSet<>();
        columns.tables().forEach(t -> t.columns().forEach(c -> found.add(c.label())));
        for (String label : pending) {
            if (!found.contains(label)) {
                complete = false;
                LOG.severe("Clear-text encryption: no entity declares the encrypted field " + label);
            }
        }
        if (complete) {
            for (String label : pending) {
                store.markEncrypted(label, encrypted);
            }
        }
        LOG.info("Clear-text encryption of " + pending + ": " + encrypted + " values encrypted in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Rows with a value not in ciphertext format, a page at a time in key order; each page its own transaction. */
    private long encryptTable(TableShape shape, Set<String> pending) {
        long encrypted = 0;
        String[] after = null;
        while (true) {
            List<RowSnapshot> rows = store.page(shape, after, null, PAGE, CIPHERTEXT_PREFIX);
            if (rows.isEmpty()) {
                return encrypted;
            }
            encrypted += rotation.rotate(rows, pending).valuesRotated();
            after = rows.get(rows.size() - 1).key();
        }
    }
}
