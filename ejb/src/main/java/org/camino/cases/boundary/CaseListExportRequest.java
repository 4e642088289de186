package org.camino.cases.boundary;

import java.time.LocalDate;

/**
 * The case list of one mission as a file: {@code format} csv or xlsx, then
 * the list's own filters ({@link CaseQuery}) and sort; {@code language} (en,
 * fr, es) of the headings.
 */
public record CaseListExportRequest(String mission, String format, String type, String status, LocalDate openedFrom,
                                    LocalDate openedTo, String sort, boolean descending, boolean assignedToMe,
                                    String language) {

    /** The list's query for rows {@code offset} to {@code offset + limit} of this export. */
    CaseQuery page(int offset, int limit) {
        return new CaseQuery(type, mission, status, openedFrom, openedTo, sort == null ? "openedOn" : sort, descending,
                offset, limit, assignedToMe);
    }

    /** The filter in codes and dates (no personal data), for the file's heading, the access log and refusals. */
    public String describe() {
        return "mission=" + text(mission) + " type=" + text(type) + " status=" + text(status)
                + " opened=" + (openedFrom == null ? "" : openedFrom) + ".." + (openedTo == null ? "" : openedTo)
                + " assignedToMe=" + assignedToMe + " sort=" + (sort == null ? "openedOn" : sort)
                + (descending ? " desc" : " asc");
    }

    /** Only codes: records end up in logs (and all of this one's fields are codes or dates, but say so here). */
    @Override
    public String toString() {
        return "CaseListExportRequest[mission=" + mission + ", type=" + type + ", status=" + status + ", sort=" + sort + "]";
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "any" : value.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
