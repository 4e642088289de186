package org.camino.publishing.boundary;

import java.util.List;

/**
 * The counter-trafficking microdata extract of a release and what protecting
 * it cost: every combination of the released quasi-identifiers occurs at
 * least {@code k} times with at least {@code l} distinct values of each
 * sensitive attribute; each variable's generalisation level and how many
 * distinct values it kept; the records suppressed.
 */
public record ExtractView(int k, int l, int inputRecords, int releasedRecords, int suppressedRecords, int groups,
                          int smallestGroup, List<Variable> variables) {

    /** One released column: quasi-identifier or sensitive, the level released and the distinct values before and after. */
    public record Variable(String column, String role, String levelName, int distinctBefore, int distinctAfter) {
    }
}
