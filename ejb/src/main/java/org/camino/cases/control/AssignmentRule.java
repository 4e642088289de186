package org.camino.cases.control;

import java.util.Objects;

/**
 * Who may change whom a case is assigned to, once the caller may work on the
 * case at all: a holder of {@code case:reassign} anything; anyone else only
 * takes a case nobody has (or already has) and gives back their own. Whether
 * the new assignee may work on the case is checked apart.
 */
public final class AssignmentRule {

    private AssignmentRule() {
    }

    /**
     * @param current  the user id the case is assigned to now, or null
     * @param wanted   the user name it should be assigned to, or null to unassign
     */
    public static boolean allows(boolean reassigner, Long current, long callerId, String callerName, String wanted) {
        if (reassigner) {
            return true;
        }
        boolean freeOrMine = current == null || current == callerId;
        boolean taking = wanted != null && wanted.equals(callerName) && freeOrMine;
        boolean givingBack = wanted == null && Objects.equals(current, callerId);
        return taking || givingBack;
    }
}
