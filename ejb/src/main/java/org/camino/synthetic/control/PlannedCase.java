package org.camino.synthetic.control;

import org.camino.cases.boundary.MemberForm;
import org.camino.cases.boundary.MovementForm;
import org.camino.cases.boundary.PersonForm;
import org.camino.cases.entity.CaseType;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic case as the planner drew it, in the forms a caseworker would
 * fill in: nothing is stored yet.
 *
 * @param statusPath the statuses after the initial one, in order; the last is the current status (empty: initial)
 * @param movement   null when the case has not reached travel yet
 */
public record PlannedCase(long index, CaseType type, String missionCode, LocalDate openedOn, List<String> statusPath,
                          LocalDate closedOn, String closureReason, String consentPurpose, PersonForm principal,
                          List<MemberForm> members, MovementForm movement) {

    public int householdSize() {
        return 1 + members.size();
    }

    public String status(String initial) {
        return statusPath.isEmpty() ? initial : statusPath.get(statusPath.size() - 1);
    }
}
