package org.camino.publishing.control;

/** The protection of a release was stopped before the audit could prove it safe (see {@link AuditProgress#stopped()}). */
public class AuditStoppedException extends RuntimeException {

    public AuditStoppedException(String message) {
        super(message);
    }
}
