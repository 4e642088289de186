package org.camino.cases.control;

import org.camino.cases.entity.CaseType;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow of each case type: its states, the allowed transitions, and
 * which of them wait for a mission manager's approval. Any open state may go
 * to CLOSED (always with a reason); a closed case is reopened only with a
 * mission manager's approval. Counter-trafficking follows HTCDS v2.0 case
 * statuses (Active, FollowUp, Closed, ClosedReferred).
 */
public final class Workflows {

    public static final String CLOSED = "CLOSED";
    public static final String REOPEN_TARGET = "REOPENED";

    /** One allowed step. */
    public record Transition(String from, String to, boolean needsApproval, boolean needsReason) {
    }

    /** One case type's workflow. */
    public record Workflow(CaseType type, String initial, Set<String> states, Set<String> closedStates,
                           List<Transition> transitions) {

        public Optional<Transition> transition(String from, String to) {
            return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
        }

        public List<Transition> from(String state) {
            return transitions.stream().filter(t -> t.from().equals(state)).toList();
        }

        public boolean isClosed(String state) {
            return closedStates.contains(state);
        }
    }

    private static final Map<CaseType, Workflow> WORKFLOWS = new EnumMap<>(CaseType.class);

    static {
        define(CaseType.RST, List.of("OPEN", "IN_PROCESSING", "APPROVED_FOR_TRAVEL", "DEPARTED", "ARRIVED"),
                Map.of("OPEN", List.of("IN_PROCESSING"),
                        "IN_PROCESSING", List.of("APPROVED_FOR_TRAVEL!"),
                        "APPROVED_FOR_TRAVEL", List.of("DEPARTED", "IN_PROCESSING"),
                        "DEPARTED", List.of("ARRIVED")),
                List.of(CLOSED), "OPEN");
        define(CaseType.AVR, List.of("OPEN", "ELIGIBLE", "RETURN_PLANNED", "RETURNED", "REINTEGRATION"),
                Map.of("OPEN", List.of("ELIGIBLE!"),
                        "ELIGIBLE", List.of("RETURN_PLANNED"),
                        "RETURN_PLANNED", List.of("RETURNED", "ELIGIBLE"),
                        "RETURNED", List.of("REINTEGRATION")),
                List.of(CLOSED), "OPEN");
        define(CaseType.MHA, List.of("OPEN", "ASSESSED", "DEFERRED", "CLEARED"),
                Map.of("OPEN", List.of("ASSESSED"),
                        "ASSESSED", List.of("CLEARED!", "DEFERRED"),
                        "DEFERRED", List.of("ASSESSED")),
                List.of(CLOSED), "OPEN");
        define(CaseType.CTA, List.of("ACTIVE", "FOLLOW_UP"),
                Map.of("ACTIVE", List.of("FOLLOW_UP"),
                        "FOLLOW_UP", List.of("ACTIVE")),
                List.of(CLOSED, "CLOSED_REFERRED"), "ACTIVE");
    }

    private Workflows() {
    }

    public static Workflow of(CaseType type) {
        return WORKFLOWS.get(type);
    }

    /**
     * @param steps forward steps per state; a target ending in '!' needs approval
     * @param closed closed states: every open state may go there (reason needed); reopening needs approval
     */
    private static void define(CaseType type, List<String> open, Map<String, List<String>> steps, List<String> closed,
                               String initial) {
        Map<String, Transition> transitions = new LinkedHashMap<>();
        for (String from : open) {
            for (String target : steps.getOrDefault(from, List.of())) {
                boolean approval = target.endsWith("!");
                String to = approval ? target.substring(0, target.length() - 1) : target;
                transitions.put(from + ">" + to, new Transition(from, to, approval, false));
            }
            for (String to : closed) {
                transitions.put(from + ">" + to, new Transition(from, to, false, true));
            }
        }
        for (String from : closed) {
            transitions.put(from + ">" + initial, new Transition(from, initial, true, true));
        }
        Set<String> states = new LinkedHashSet<>(open);
        states.addAll(closed);
        WORKFLOWS.put(type, new Workflow(type, initial, Set.copyOf(states), Set.copyOf(closed),
                List.copyOf(transitions.values())));
    }
}
