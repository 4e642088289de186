package org.camino.platform.errors;

/**
 * A stored value failed its integrity check or cannot be read back (a
 * tampered or moved ciphertext, an unknown key). Never shown to the user as
 * data; pages and the API report it as what it is. The crypto area throws its
 * own subclasses; callers outside it catch this one.
 */
public abstract class UnreadableDataException extends RuntimeException {

    protected UnreadableDataException(String message) {
        super(message);
    }
}
