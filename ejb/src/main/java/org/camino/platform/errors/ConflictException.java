package org.camino.platform.errors;

/** Someone else saved the same record first; the user's input is kept and they can compare. */
public class ConflictException extends BusinessException {

    private final String changedBy;

    public ConflictException(String what, String changedBy) {
        super(what + " was changed by " + (changedBy == null ? "someone else" : changedBy) + " since you opened it");
        this.changedBy = changedBy;
    }

    public String changedBy() {
        return changedBy;
    }
}
