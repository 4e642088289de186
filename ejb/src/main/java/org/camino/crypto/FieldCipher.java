package org.camino.crypto;

import org.jasypt.exceptions.EncryptionOperationNotPossibleException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encrypts and decrypts one field value at a time: Jasypt
 * (PBEWITHHMACSHA512ANDAES_256, random IV) for secrecy, then an HMAC-SHA256
 * over version, key id, field, row and Jasypt's output for integrity
 * (encrypt-then-MAC). The tag is checked, in constant time, before anything is
 * decrypted. Thread-safe; one instance serves the whole application.
 */
public final class FieldCipher {

    private static final byte[] VERSION = StoredCiphertext.VERSION.getBytes(StandardCharsets.US_ASCII);

    private final KeyRing ring;

    public FieldCipher(KeyRing ring) {
        this.ring = Objects.requireNonNull(ring, "ring");
    }

    /** Encrypts under the current key; null stays null, "" is encrypted like any value. */
    public String encrypt(String plaintext, FieldContext context) {
        Objects.requireNonNull(context, "context");
        if (plaintext == null) {
            return null;
        }
        FieldKey key = ring.current();
        byte[] payload = key.encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
        return new StoredCiphertext(key.id(), payload, tag(key, context, payload)).format();
    }

    /**
     * @throws TamperedCiphertextException if the value was altered or belongs to another field or row
     * @throws UnknownKeyException         if its key is no longer in the ring
     */
    public String decrypt(String ciphertext, FieldContext context) {
        Objects.requireNonNull(context, "context");
        if (ciphertext == null) {
            return null;
        }
        StoredCiphertext stored = StoredCiphertext.parse(ciphertext, context);
        FieldKey key = ring.find(stored.keyId());
        if (key == null) {
            throw new UnknownKeyException(stored.keyId(), context);
        }
        if (!MessageDigest.isEqual(tag(key, context, stored.payload()), stored.tag())) {
            throw new TamperedCiphertextException("tag mismatch", stored.keyId(), context);
        }
        try {
            return new String(key.decrypt(stored.payload()), StandardCharsets.UTF_8);
        } catch (EncryptionOperationNotPossibleException e) {
            // Authentic but undecryptable: the key's derivation changed, not the data.
            throw new IllegalStateException("A value of " + context + " passed its integrity check under key '"
                    + stored.keyId() + "' but did not decrypt; was the key derivation changed?");
        }
    }

    /** Whether the value is under an older key than the current one (null: no). */
    public boolean needsRotation(String ciphertext) {
        return ciphertext != null && !ring.currentKeyId().equals(StoredCiphertext.keyIdOf(ciphertext, null));
    }

    /**
     * The same value under the current key, for the rotation job. Verifies the
     * value first; one already under the current key is returned unchanged.
     */
    public String reencrypt(String ciphertext, FieldContext context) {
        String plaintext = decrypt(ciphertext, context);
        return needsRotation(ciphertext) ? encrypt(plaintext, context) : ciphertext;
    }

    public String currentKeyId() {
        return ring.currentKeyId();
    }

    private static byte[] tag(FieldKey key, FieldContext context, byte[] payload) {
        byte[] keyId = key.id().getBytes(StandardCharsets.UTF_8);
        byte[] field = context.field().getBytes(StandardCharsets.UTF_8);
        byte[] row = context.row().getBytes(StandardCharsets.UTF_8);
        // Each part is length-prefixed so that ("a.b", "c") and ("a", "b.c") cannot produce the same input.
        ByteBuffer input = ByteBuffer.allocate(5 * Integer.BYTES + VERSION.length + keyId.length + field.length
                + row.length + payload.length);
        for (byte[] part : new byte[][] {VERSION, keyId, field, row, payload}) {
            input.putInt(part.length).put(part);
        }
        return Arrays.copyOf(key.mac().doFinal(input.array()), StoredCiphertext.TAG_BYTES);
    }
}
