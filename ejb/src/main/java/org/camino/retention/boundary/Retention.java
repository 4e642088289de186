package org.camino.retention.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.entity.CaseType;
import org.camino.platform.control.SqlValues;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.RefusedException;
import org.camino.retention.control.RetentionJob;
import org.camino.retention.control.RetentionRuns;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.time.Instant;

import java.util.List;
import java.util.Map;

/**
 * Retention for administrators ({@code admin:retention}): the period each case
 * type keeps its personal data after closure (changed one at a time on the
 * version read, each change in the access log), the state of the purge, and
 * "purge now". Nothing here returns case content: only codes and counts.
 */
@Stateless
@Guarded
public class Retention {

    public static final int MAX_DAYS = 36500;

    /** {@code changedBy} null for the default. */
    public record RetentionPeriod(String caseType, String area, int retentionDays, int version, String changedBy,
                                  Instant changedAt) {
    }

    /** The purge now: cases due, last run (null if none yet), cases purged for retention and for withdrawn consent. */
    public record PurgeStatus(long due, Instant lastRunAt, int lastPurged, boolean running, long purgedForRetention,
                              long purgedForWithdrawnConsent) {
    }

    /** A run's outcome: cases purged, by case type. */
    public record PurgeRun(int purged, Map<String, Integer> byCaseType) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Inject
    RetentionJob job;

    @Inject
    RetentionRuns runs;

    @Requires("admin:retention")
    public List<RetentionPeriod> periods() {
        List<Object[]> rows = em.createNativeQuery("select case_type, retention_days, version, changed_by, changed_at"
                + " from retention_period").getResultList();
        return rows.stream().map(Retention::period)
                .sorted((a, b) -> CaseType.valueOf(a.caseType()).compareTo(CaseType.valueOf(b.caseType()))).toList();
    }

    /**
     * Sets the retention period of a case type (in any case). 400 naming {@code caseType}, {@code retentionDays} or
     * {@code version} if one is wrong; 409 if someone changed it since {@code version} was read.
     */
    @Requires("admin:retention")
    public RetentionPeriod change(String caseType, Integer retentionDays, Integer version) {
        CaseType type = CaseType.parse(caseType).orElseThrow(() -> InvalidInputException.of("caseType", "retention.caseType.unknown"));
        InvalidInputException.throwIfAny(problems -> {
            if (retentionDays == null || retentionDays < 1 || retentionDays > MAX_DAYS) {
                problems.add(new InvalidInputException.FieldProblem("retentionDays", "retention.days.range"));
            }
            if (version == null) {
                problems.add(new InvalidInputException.FieldProblem("version", "retention.version.required"));
            }
        });
        String who = accessControl.caller().username();
        int updated = em.createNativeQuery("update retention_period set retention_days = ?1, version = version + 1,"
                        + " changed_by = ?2, changed_at = now() where case_type = ?3 and version = ?4")
                .setParameter(1, retentionDays).setParameter(2, who).setParameter(3, type.name())
                .setParameter(4, version).executeUpdate();
        RetentionPeriod now = period((Object[]) em.createNativeQuery("select case_type, retention_days, version, changed_by,"
                + " changed_at from retention_period where case_type = ?1").setParameter(1, type.name()).getSingleResult());
        if (updated == 0) {
            throw new ConflictException("The retention period of " + type.name(), now.changedBy());
        }
        accessLog.record(AccessLog.Event.SETTING_CHANGED, who, "retention:" + type.name(), "retention days " + retentionDays);
        return now;
    }

    @Requires("admin:retention")
    public PurgeStatus status() {
        Object[] state = (Object[]) em.createNativeQuery("select last_run_at, last_purged, coalesce(claimed_until > now(), false),"
                + " (select count(*) from case_purge where reason = 'RETENTION'),"
                + " (select count(*) from case_purge where reason = 'CONSENT_WITHDRAWN')"
                + " from retention_purge_state where id = 1").getSingleResult();
        return new PurgeStatus(runs.dueCount(), state[0] == null ? null : SqlValues.instant(state[0]), ((Number) state[1]).intValue(),
                (Boolean) state[2], ((Number) state[3]).longValue(), ((Number) state[4]).longValue());
    }

    /** Runs the purge now, on this server; 409 ({@code retention.purge.running}) if a run is going on. */
    @Requires("admin:retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PurgeRun purgeNow() {
        RetentionJob.Run run = job.run(accessControl.caller().username());
        if (!run.claimed()) {
            throw new RefusedException("retention.purge.running", "A retention purge is running");
        }
        return new PurgeRun(run.purged(), run.byCaseType());
    }

    private static RetentionPeriod period(Object[] row) {
        String caseType = (String) row[0];
        return new RetentionPeriod(caseType, CaseType.valueOf(caseType).area(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), (String) row[3], row[4] == null ? null : SqlValues.instant(row[4]));
    }

}
