package org.camino.rotation.control;

/**
 * One encrypted column of a table.
 *
 * @param label  the {@link org.camino.crypto.EncryptedField}'s name, {@code table.column}, bound into each ciphertext
 * @param column the physical column holding the ciphertexts
 */
public record EncryptedColumn(String label, String column) {
}
