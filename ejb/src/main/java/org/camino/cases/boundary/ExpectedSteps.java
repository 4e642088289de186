package org.camino.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseType;
import org.camino.platform.control.SqlValues;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.time.Instant;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How many days a case is expected to stay in each open status of its workflow
 * before its next step: the caseload report of cases past their expected next
 * step counts against these. Administrators change them (one value at a time,
 * on the version they read); every change is in the access log.
 */
@Stateless
@Guarded
public class ExpectedSteps {

    public static final int MAX_DAYS = 3650;

    /**
     * One open status of a case type (its programme area names it on pages) and the days expected in it;
     * {@code changedBy} null for the default.
     */
    public record ExpectedStep(String caseType, String area, String status, int expectedDays, int version,
                               String changedBy, Instant changedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    /** Every open status of every case type, in workflow order. */
    @Requires("admin:codelists")
    public List<ExpectedStep> all() {
        List<Object[]> rows = em.createNativeQuery("select case_type, status, expected_days, version, changed_by, changed_at"
                + " from workflow_expected_days").getResultList();
        return rows.stream().map(ExpectedSteps::step)
                .sorted(Comparator.comparing((ExpectedStep s) -> CaseType.valueOf(s.caseType()).ordinal())
                        .thenComparing(s -> CaseTypes.statuses(s.caseType()).indexOf(s.status())))
                .toList();
    }

    /**
     * Sets the days expected in one status (type and status in any case). 400 naming {@code caseType}, {@code status} or {@code expectedDays}
     * if one is wrong; 409 if someone changed it since {@code version} was read.
     */
    @Requires("admin:codelists")
    public ExpectedStep change(String caseType, String givenStatus, Integer expectedDays, Integer version) {
        // the API's paths are lower case (PathFilter): "approved_for_travel" is APPROVED_FOR_TRAVEL
        String status = givenStatus == null ? null : givenStatus.toUpperCase(Locale.ROOT);
        CaseType type = CaseType.parse(caseType).orElseThrow(() -> InvalidInputException.of("caseType", "expectedDays.caseType.unknown"));
        Workflows.Workflow workflow = Workflows.of(type);
        InvalidInputException.throwIfAny(problems -> {
            if (status == null || !workflow.states().contains(status) || workflow.isClosed(status)) {
                problems.add(new InvalidInputException.FieldProblem("status", "expectedDays.status.notOpen"));
            }
            if (expectedDays == null || expectedDays < 1 || expectedDays > MAX_DAYS) {
                problems.add(new InvalidInputException.FieldProblem("expectedDays", "expectedDays.range"));
            }
            if (version == null) {
                problems.add(new InvalidInputException.FieldProblem("version", "expectedDays.version.required"));
            }
        });
        String who = accessControl.caller().username();
        int updated = em.createNativeQuery("update workflow_expected_days set expected_days = ?1, version = version + 1,"
                        + " changed_by = ?2, changed_at = now() where case_type = ?3 and status = ?4 and version = ?5")
                .setParameter(1, expectedDays).setParameter(2, who).setParameter(3, type.name())
                .setParameter(4, status).setParameter(5, version).executeUpdate();
        ExpectedStep now = step((Object[]) em.createNativeQuery("select case_type, status, expected_days, version,"
                        + " changed_by, changed_at from workflow_expected_days where case_type = ?1 and status = ?2")
                .setParameter(1, type.name()).setParameter(2, status).getSingleResult());
        if (updated == 0) {
            throw new ConflictException("The days expected in " + type.name() + " " + status, now.changedBy());
        }
        accessLog.record(AccessLog.Event.SETTING_CHANGED, who, "workflow:" + type.name() + ":" + status,
                "expected days " + expectedDays);
        return now;
    }

    private static ExpectedStep step(Object[] row) {
        String caseType = (String) row[0];
        return new ExpectedStep(caseType, CaseType.valueOf(caseType).area(), (String) row[1],
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), (String) row[4],
                row[5] == null ? null : SqlValues.instant(row[5]));
    }

}
