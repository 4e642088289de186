package org.camino.cases.boundary;

import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case types and their workflows as pages show them: which type a URL
 * names, the statuses a case can have, what a step needs (an approval, a
 * reason) and which statuses close a case. Read-only facts, the same for every
 * caller; the services enforce them. Types are the codes of {@link CaseType}
 * (RST, AVRR, HEALTH, CT).
 */
public final class CaseTypes {

    /** One allowed step from a status to another. */
    public record Step(String from, String to, boolean needsApproval, boolean needsReason) {
    }

    private CaseTypes() {
    }

    /** The type a code or an area name stands for ("avrr", "returns"), case-insensitive. */
    public static Optional<String> parse(String code) {
        return CaseType.parse(code).map(Enum::name);
    }

    public static Optional<Step> step(String type, String from, String to) {
        return Workflows.of(CaseType.valueOf(type)).transition(from, to)
                .map(t -> new Step(t.from(), t.to(), t.needsApproval(), t.needsReason()));
    }

    public static boolean isClosed(String type, String status) {
        return Workflows.of(CaseType.valueOf(type)).isClosed(status);
    }

    /** Every status a case of this type can be in: open ones in workflow order, then the closed ones. */
    public static List<String> statuses(String type) {
        Workflows.Workflow workflow = Workflows.of(CaseType.valueOf(type));
        Set<String> statuses = new LinkedHashSet<>();
        workflow.transitions().forEach(t -> statuses.add(t.from()));
        statuses.addAll(workflow.closedStates());
        return List.copyOf(statuses);
    }
}
