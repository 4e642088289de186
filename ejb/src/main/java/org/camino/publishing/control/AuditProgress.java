package org.camino.publishing.control;

/** Reports the progress of an audit, which can take seconds on large releases. Called from any thread. */
@FunctionalInterface
public interface AuditProgress {

    AuditProgress NONE = (audited, total) -> {
    };

    /** {@code audited} of {@code total} suppressed cells have their interval; the total may grow between passes. */
    void cellsAudited(int audited, int total);

    /**
     * True when the caller wants the work stopped (a time budget ran out): the protection then ends with
     * {@link AuditStoppedException} between two linear programmes, and nothing is published.
     */
    default boolean stopped() {
        return false;
    }
}
