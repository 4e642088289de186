package org.camino.platform.errors;


/** A start, restart or stop that does not fit the state of the job; {@link #messageKey()} says why to the user. */
public class RefusedException extends BusinessException {

    private final String messageKey;

    public RefusedException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
