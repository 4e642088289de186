package org.camino.crypto;

/**
 * The encryption keys are missing, incomplete or unusable. Thrown at start-up
 * so that the server refuses to run rather than store data it cannot protect.
 */
public final class KeyConfigurationException extends IllegalStateException {

    KeyConfigurationException(String message) {
        super(message);
    }

    KeyConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
