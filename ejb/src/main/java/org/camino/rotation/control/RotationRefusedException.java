package org.camino.rotation.control;

import org.camino.platform.control.BusinessException;

/** A start, restart or stop that does not fit the state of the job; {@link #messageKey()} says why to the user. */
public class RotationRefusedException extends BusinessException {

    private final String messageKey;

    public RotationRefusedException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
