package org.camino.crypto;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import org.camino.crypto.RowUuid;

import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.UUID;

/**
 * One encrypted field of an entity, declared once as a constant and used by
 * the entity's getter and setter. The entity keeps the ciphertext as an
 * ordinary {@code text} column and has a stable {@code uuid} column of its own
 * (assigned when the object is created, never updated, unique):
 *
 * <pre>{@code
 * private static final EncryptedField GIVEN_NAME = new EncryptedField("person.given_name");
 *
 * @Column(nullable = false, updatable = false, unique = true)
 * private UUID uuid = RowUuid.next();
 * @Column(name = "given_name")
 * private String givenName;                // v1:... ciphertext, never plaintext
 *
 * public String getGivenName() { return GIVEN_NAME.open(givenName, uuid); }
 * public void setGivenName(String value) { givenName = GIVEN_NAME.seal(value, givenName, uuid); }
 * }</pre>
 *
 * Why not a JPA AttributeConverter: a converter sees the value but not the row,
 * so it cannot bind the ciphertext to its row, and a value copied into another
 * row would decrypt there. Here the entity passes its own uuid.
 */
public final class EncryptedField {

    private static final Logger LOG = Logger.getLogger(EncryptedField.class.getName());
    private static volatile FieldCipher installed;

    private final String name;

    /** @param name {@code table.column}, a stable label: keep it when the column is renamed */
    public EncryptedField(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An encrypted field needs a name");
        }
        this.name = name;
    }

    /** Set by {@link CryptoProducer} at start-up; unit tests of entities call it with a test key ring. */
    public static void install(FieldCipher cipher) {
        installed = cipher;
    }

    /**
     * The plaintext of a stored ciphertext of this field in that row; null stays null.
     *
     * @throws UnreadableCiphertextException if it fails its integrity check or its key is gone; an
     *         {@link UnreadableValue} event has been fired first, so the incident is recorded
     */
    public String open(String ciphertext, UUID row) {
        try {
            return decrypt(ciphertext, row);
        } catch (UnreadableCiphertextException e) {
            report(UnreadableValue.of(e, ciphertext));
            throw e;
        }
    }

    private String decrypt(String ciphertext, UUID row) {
        return ciphertext == null ? null : cipher().decrypt(ciphertext, context(row));
    }

    /** Tells the container's observers (the integrity incidents); without a container, nobody is listening. */
    private static void report(UnreadableValue value) {
        BeanManager beans;
        try {
            beans = CDI.current().getBeanManager();
        } catch (IllegalStateException e) {
            return; // a unit test without a container
        }
        try {
            beans.getEvent().select(UnreadableValue.class).fire(value);
        } catch (RuntimeException e) {
            // the damaged value is still refused; only its record is missing, and the log says so
            LOG.log(Level.SEVERE, "Could not record the integrity incident of " + value.exception().context(), e);
        }
    }

    /**
     * The ciphertext to store for a new value. If the value equals what is
     * already stored, the stored ciphertext is kept, so that a form saved
     * without changes does not rewrite the row. A stored value that cannot be
     * read (altered, or under a removed key) is simply replaced.
     */
    public String seal(String plaintext, String currentCiphertext, UUID row) {
        if (plaintext == null) {
            return null;
        }
        if (currentCiphertext != null && plaintext.equals(openOrNull(currentCiphertext, row))) {
            return currentCiphertext;
        }
        return cipher().encrypt(plaintext, context(row));
    }

    private String openOrNull(String ciphertext, UUID row) {
        try {
            return decrypt(ciphertext, row); // replaced anyway: not an incident of its own
        } catch (UnreadableCiphertextException e) {
            return null;
        }
    }

    public FieldContext context(UUID row) {
        return FieldContext.of(name, Objects.requireNonNull(row, "The entity has no uuid yet; assign it when the object is created"));
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "EncryptedField[" + name + "]";
    }

    private static FieldCipher cipher() {
        FieldCipher cipher = installed;
        if (cipher == null) {
            // An entity used before CryptoProducer started (a start-up bean, say): ask the container.
            try {
                cipher = CDI.current().select(FieldCipher.class).get();
            } catch (IllegalStateException e) {
                throw new IllegalStateException("Field encryption is not set up: no container is running and"
                        + " EncryptedField.install(FieldCipher) was not called", e);
            }
            installed = cipher;
        }
        return cipher;
    }
}
