package org.camino.cases.boundary;

import org.camino.platform.errors.BusinessException;

import java.util.List;

/** The person may already be known: the user sees where, then registers anyway or stops. */
public class DuplicateWarningException extends BusinessException {

    private final List<CaseViews.PossibleDuplicate> matches;

    public DuplicateWarningException(List<CaseViews.PossibleDuplicate> matches) {
        super("Possible duplicate person: " + matches.size() + " match(es)");
        this.matches = List.copyOf(matches);
    }

    public List<CaseViews.PossibleDuplicate> matches() {
        return matches;
    }
}
