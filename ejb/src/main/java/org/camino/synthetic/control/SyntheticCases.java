package org.camino.synthetic.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.boundary.NewCase;
import org.camino.cases.boundary.Registrations;
import org.camino.cases.control.CaseNumbers;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.StatusChange;
import org.camino.missions.entity.Mission;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores planned cases the way a registration does (through
 * {@link Registrations}: entities, field encryption, blind indexes, case numbers, status
 * history, Envers auditing), tuned for bulk: the caller's transaction holds a
 * whole chunk, case numbers come in one block per counter, and nothing is
 * read back case by case. Skipped on purpose: the duplicate-person check
 * (one query per person; synthetic people are namesakes by design).
 */
@Stateless
public class SyntheticCases {

    /** What one call stored. */
    public record Written(int cases, int persons, int movements, int statusChanges) {
        public Written plus(Written other) {
            return new Written(cases + other.cases, persons + other.persons, movements + other.movements,
                    statusChanges + other.statusChanges);
        }
    }

    private static final int BATCH_SIZE = 1000;

    private record Counter(long missionId, org.camino.cases.entity.CaseType type, int year) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    CaseStatistics statistics;

    /** Stores the cases in the current transaction, case numbers included (demo seeding at start-up). */
    public Written write(List<PlannedCase> plans, List<SyntheticMission> missions, String username) {
        return store(plans, missions, username, false, plan -> null);
    }

    /** As {@link #write}, each case assigned to the user id the function gives (null: unassigned); no query per case. */
    public Written write(List<PlannedCase> plans, List<SyntheticMission> missions, String username,
                         Function<PlannedCase, Long> assignee) {
        return store(plans, missions, username, false, assignee);
    }

    /**
     * Stores one chunk in a transaction of its own, with its case numbers
     * reserved and committed first, so that chunks can be written side by side.
     */
    public Written writeChunk(List<PlannedCase> plans, List<SyntheticMission> missions, String username) {
        return store(plans, missions, username, true, plan -> null);
    }

    private Written store(List<PlannedCase> plans, List<SyntheticMission> missions, String username,
                          boolean ownTransaction, Function<PlannedCase, Long> assignee) {
        Session session = em.unwrap(Session.class);
        // one JDBC batch per table and chunk rather than per 100 rows: fewer round trips
        session.setJdbcBatchSize(BATCH_SIZE);
        if (ownTransaction) {
            // Flushed once, by hand, at the end. With manual flushing, Envers writes the audit rows at commit
            // through a short session of its own (same connection and transaction), whose flush checks only
            // those rows; otherwise it flushes this session again and re-checks the chunk's ~30,000 entities
            // (org.hibernate.envers.internal.synchronization.AuditProcess). WildFly's CPU per case: -8 %.
            session.setHibernateFlushMode(FlushMode.MANUAL);
        }
        Map<String, SyntheticMission> byCode = missions.stream()
                .collect(Collectors.toMap(SyntheticMission::code, Function.identity()));
        Map<Counter, Long> nextSeq = reserveNumbers(plans, byCode, ownTransaction);
        int persons = 0;
        int movements = 0;
        int statusChanges = 0;
        for (PlannedCase plan : plans) {
            SyntheticMission m = byCode.get(plan.missionCode());
            Mission mission = em.getReference(Mission.class, m.id());
            persons += plan.householdSize();
            Counter counter = new Counter(m.id(), plan.type(), plan.openedOn().getYear());
            long seq = nextSeq.merge(counter, 1L, Long::sum) - 1;
            Workflows.Workflow workflow = Workflows.of(plan.type());
            NewCase form = new NewCase(plan.type().name(), m.code(), plan.principal(), plan.members(), plan.movement(),
                    plan.consentPurpose(), plan.openedOn(), true);
            CaseFile caseFile = registrations.store(mission, plan.type(),
                    CaseNumbers.format(m.code(), plan.type(), counter.year(), seq), plan.openedOn(), form, username, null,
                    c -> {
                        c.setAssignedTo(assignee.apply(plan));
                        c.setStatus(plan.status(workflow.initial()));
                        if (plan.closedOn() != null) {
                            c.close(plan.closedOn(), plan.closureReason(), null);
                        }
                    });
            if (plan.movement() != null) {
                movements++;
            }

            String from = null;
            String to = workflow.initial();
            for (String next : plan.statusPath()) {
                from = to;
                to = next;
                Workflows.Transition step = workflow.transition(from, to).orElseThrow();
                StatusChange change = new StatusChange(caseFile, from, to, username,
                        step.needsReason() ? plan.closureReason() : null, step.needsApproval() ? username : null);
                em.persist(change);
                statistics.statusChanged(caseFile, change);
            }
            statusChanges += 1 + plan.statusPath().size();
        }
        if (ownTransaction) {
            session.flush();
        }
        return new Written(plans.size(), persons, movements, statusChanges);
    }

    /**
     * One UPDATE per (mission, type, year) in the chunk; returns the first number of each block. The counter
     * rows stay locked until the chunk commits, which delays real registrations of the same counters by that long.
     */
    private Map<Counter, Long> reserveNumbers(List<PlannedCase> plans, Map<String, SyntheticMission> missions,
                                              boolean apart) {
        // sorted, so that concurrent chunks lock the counters in the same order and cannot deadlock
        Map<Counter, Integer> needed = new java.util.TreeMap<>(java.util.Comparator.comparingLong(Counter::missionId)
                .thenComparing(Counter::type).thenComparingInt(Counter::year));
        for (PlannedCase plan : plans) {
            needed.merge(new Counter(missions.get(plan.missionCode()).id(), plan.type(), plan.openedOn().getYear()),
                    1, Integer::sum);
        }
        Map<Counter, Long> first = new HashMap<>();
        needed.forEach((counter, count) ->
                first.put(counter, apart
                        ? caseNumbers.reserveApart(counter.missionId(), counter.type(), counter.year(), count)
                        : caseNumbers.reserve(counter.missionId(), counter.type(), counter.year(), count)));
        return first;
    }
}
