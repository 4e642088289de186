package org.camino.publishing.control;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** One release as stored (publication_release), without its tables. */
public record ReleaseRecord(long id, String series, int version, String title, String methodology, YearMonth from,
                            YearMonth to, List<String> missions, String status, Integer correctsVersion,
                            Integer supersededBy, String draftedBy, Instant draftedAt, String buildStep,
                            long buildDone, long buildTotal, Instant builtAt, String buildError, Long recordsCounted,
                            Boolean auditPassed, String reviewedBy, Instant reviewedAt, String reviewNote,
                            Instant publishedAt, long rowVersion, String request) {

    public static final String BUILDING = "BUILDING";
    public static final String DRAFT = "DRAFT";
    public static final String FAILED = "FAILED";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String REJECTED = "REJECTED";
    public static final String DISCARDED = "DISCARDED";

    public boolean published() {
        return PUBLISHED.equals(status);
    }
}
