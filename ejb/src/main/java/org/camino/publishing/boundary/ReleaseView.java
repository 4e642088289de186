package org.camino.publishing.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A release: what it is, where it is in its workflow, its build progress, its
 * tables and (for HQ staff) its audit report. {@code mayPublish} and
 * {@code mayReject} say what the caller may do with it now (the service
 * checks again when they do).
 */
public record ReleaseView(long id, String series, int version, String title, String methodology, String from,
                          String to, List<String> missions, String status, Integer correctsVersion,
                          Integer supersededBy, String draftedBy, Instant draftedAt, Progress progress,
                          String buildError, Long recordsCounted, Boolean auditPassed, String reviewedBy,
                          Instant reviewedAt, String reviewNote, Instant publishedAt, long rowVersion,
                          List<TableView> tables, ExtractView extract, AuditView audit, boolean mayPublish,
                          boolean mayReject, boolean mayDiscard) {

    /** Build progress: step (COUNTING, PROTECTING, SAVING, DONE), done of total. */
    public record Progress(String step, long done, long total, int percent) {
    }

    /** The audit: passed, problems, and for each suppressed cell its interval and why it is safe (or not). */
    public record AuditView(boolean passed, List<String> problems, List<AuditCell> cells) {
    }

    public record AuditCell(String table, List<String> codes, Long value, String status, Double lower, Double upper,
                            long requiredLower, long requiredUpper, boolean safe, String reason) {
    }
}
