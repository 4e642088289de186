package org.camino.cases.control;

import org.camino.cases.entity.CaseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowsTest {

    @ParameterizedTest
    @EnumSource(CaseType.class)
    void everyStateIsReachableFromTheInitialOne(CaseType type) {
        Workflows.Workflow workflow = Workflows.of(type);
        java.util.Set<String> reached = new java.util.HashSet<>(java.util.Set.of(workflow.initial()));
        boolean grew = true;
        while (grew) {
            grew = workflow.transitions().stream().filter(t -> reached.contains(t.from())).map(Workflows.Transition::to)
                    .toList().stream().map(reached::add).reduce(false, Boolean::logicalOr);
        }
        assertEquals(workflow.states(), reached);
    }

    @ParameterizedTest
    @EnumSource(CaseType.class)
    void closingNeedsAReasonAndReopeningNeedsApproval(CaseType type) {
        Workflows.Workflow workflow = Workflows.of(type);
        for (String closed : workflow.closedStates()) {
            workflow.transitions().stream().filter(t -> t.to().equals(closed))
                    .forEach(t -> assertTrue(t.needsReason(), t.toString()));
            Workflows.Transition reopen = workflow.transition(closed, workflow.initial()).orElseThrow();
            assertTrue(reopen.needsApproval() && reopen.needsReason());
            assertEquals(1, workflow.from(closed).size(), "a closed case only reopens");
        }
    }

    @Test
    void skippingStepsIsNotAllowed() {
        Workflows.Workflow resettlement = Workflows.of(CaseType.RST);
        assertFalse(resettlement.transition("OPEN", "DEPARTED").isPresent());
        assertFalse(resettlement.transition("OPEN", "ARRIVED").isPresent());
        assertFalse(resettlement.transition("ARRIVED", "OPEN").isPresent());
        assertTrue(resettlement.transition("IN_PROCESSING", "APPROVED_FOR_TRAVEL").orElseThrow().needsApproval());
        assertEquals("ACTIVE", Workflows.of(CaseType.CTA).initial());
        assertTrue(Workflows.of(CaseType.CTA).isClosed("CLOSED_REFERRED"));
    }
}
