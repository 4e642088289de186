package org.camino.platform.errors;

/**
 * A stored value failed its integrity check or cannot be read back (a
 * tampered or moved ciphertext, an unknown key). Never shown to the user as
 * data; pages and the API report it as what it is: which field, and the
 * reference of the integrity incident it was recorded under (administrators
 * look it up on their integrity page). The crypto area throws its own
 * subclasses; callers outside it catch this one.
 */
public abstract class UnreadableDataException extends RuntimeException {

    private final String field;
    private volatile String incidentReference;

    protected UnreadableDataException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The logical field, {@code table.column} (e.g. {@code person.given_name}), or null if unknown. */
    public String field() {
        return field;
    }

    /** The integrity incident this value was recorded under, or null if it could not be recorded. */
    public String incidentReference() {
        return incidentReference;
    }

    /** Set once, by whoever records the incident. */
    public void recordedAs(String reference) {
        if (incidentReference == null) {
            incidentReference = reference;
        }
    }
}
