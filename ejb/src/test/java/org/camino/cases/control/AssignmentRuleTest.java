package org.camino.cases.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentRuleTest {

    private static final long ME = 7;
    private static final long OTHER = 9;

    @Test
    void aManagerAssignsAndUnassignsWhateverTheCaseHolds() {
        assertTrue(AssignmentRule.allows(true, OTHER, ME, "manager", "caseworker"));
        assertTrue(AssignmentRule.allows(true, OTHER, ME, "manager", null));
        assertTrue(AssignmentRule.allows(true, null, ME, "manager", "caseworker"));
    }

    @Test
    void aCaseworkerTakesAnUnassignedCaseOrKeepsTheirOwn() {
        assertTrue(AssignmentRule.allows(false, null, ME, "caseworker", "caseworker"));
        assertTrue(AssignmentRule.allows(false, ME, ME, "caseworker", "caseworker"));
    }

    @Test
    void aCaseworkerGivesBackOnlyTheirOwnCase() {
        assertTrue(AssignmentRule.allows(false, ME, ME, "caseworker", null));
        assertFalse(AssignmentRule.allows(false, OTHER, ME, "caseworker", null));
        assertFalse(AssignmentRule.allows(false, null, ME, "caseworker", null), "nothing to give back");
    }

    @Test
    void aCaseworkerNeitherTakesSomeoneElsesCaseNorAssignsOthers() {
        assertFalse(AssignmentRule.allows(false, OTHER, ME, "caseworker", "caseworker"));
        assertFalse(AssignmentRule.allows(false, null, ME, "caseworker", "colleague"));
        assertFalse(AssignmentRule.allows(false, ME, ME, "caseworker", "colleague"));
    }
}
