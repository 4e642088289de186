package org.camino.cases.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * A page of the case list: filters on clear columns only, a sort column from
 * a fixed set, offset and page size (at most 200 rows); {@code assignedToMe}
 * keeps the cases assigned to the caller.
 */
public record CaseQuery(String type, String mission, String status, LocalDate openedFrom, LocalDate openedTo,
                        @Pattern(regexp = CaseQuery.SORTS, message = "{query.sort.invalid}") String sort,
                        boolean descending,
                        @Min(value = 0, message = "{query.offset.invalid}") int offset,
                        @Min(value = 1, message = "{query.limit.invalid}") @Max(value = 200, message = "{query.limit.invalid}") int limit,
                        boolean assignedToMe) {

    public CaseQuery(String type, String mission, String status, LocalDate openedFrom, LocalDate openedTo, String sort,
                     boolean descending, int offset, int limit) {
        this(type, mission, status, openedFrom, openedTo, sort, descending, offset, limit, false);
    }

    /** The columns the list sorts by. */
    public static final String SORTS = "number|openedOn|status|type|mission";

    public static CaseQuery firstPage(int limit) {
        return new CaseQuery(null, null, null, null, null, "openedOn", true, 0, limit);
    }
}
