package org.camino.retention.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.camino.rotation.control.EncryptedColumns;
import org.camino.rotation.control.EncryptedTable;

import java.util.List;
import java.util.Optional;

/**
 * Deletes the personal data of one case: every encrypted value of the case, of
 * its people and of its parts, and the people's blind indexes, in the live
 * tables and in their Envers history (which holds the same ciphertexts). What
 * stays is the tombstone: case number, type, mission, status and dates, the
 * coded values, and who changed what when. The case row is locked first and
 * the purge marker ({@code case_purge}) is written in the same transaction, so
 * a case is purged whole or not at all, and never twice.
 * <p>
 * Plain SQL on purpose: Envers would otherwise write the values being deleted
 * into a new history row.
 */
@Stateless
public class CasePurge {

    public enum Reason { RETENTION, CONSENT_WITHDRAWN }

    /** The case's type and mission, for counts in the access log (never a name). */
    public record Purged(long caseId, String caseType) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    EncryptedColumns columns;

    /**
     * Purges the case in the caller's transaction; empty if it was purged already
     * (nothing done). {@code withdrawalReason}: the coded reason of a consent withdrawal, else null.
     */
    public Optional<Purged> purge(long caseId, Reason reason, String withdrawalReason, String by) {
        List<Object[]> locked = em.createNativeQuery("select household_id, case_type from case_file where id = ?1 for update")
                .setParameter(1, caseId).getResultList();
        if (locked.isEmpty() || isPurged(caseId)) {
            return Optional.empty();
        }
        deletePersonalValues(caseId, ((Number) locked.get(0)[0]).longValue());
        em.createNativeQuery("insert into case_purge (case_id, reason, withdrawal_reason, purged_at, purged_by)"
                        + " values (?1, ?2, ?3, now(), ?4)")
                .setParameter(1, caseId).setParameter(2, reason.name()).setParameter(3, withdrawalReason)
                .setParameter(4, by).executeUpdate();
        return Optional.of(new Purged(caseId, (String) locked.get(0)[1]));
    }

    /**
     * The retention purge of one case in a transaction of its own, if it is still
     * due once locked (closed, its retention period over, not reopened meanwhile).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Purged> purgeIfDue(long caseId, String by) {
        List<?> due = em.createNativeQuery("select c.id from case_file c join retention_period r on r.case_type = c.case_type"
                        + " where c.id = ?1 and c.closed_on is not null and c.closed_on + r.retention_days < current_date"
                        + " for update of c")
                .setParameter(1, caseId).getResultList();
        return due.isEmpty() ? Optional.empty() : purge(caseId, Reason.RETENTION, null, by);
    }

    public boolean isPurged(long caseId) {
        return !em.createNativeQuery("select 1 from case_purge where case_id = ?1").setParameter(1, caseId)
                .getResultList().isEmpty();
    }

    private void deletePersonalValues(long caseId, long householdId) {
        if (!columns.problems().isEmpty()) {
            throw new IllegalStateException("The encrypted columns are not all known (see the start-up log): nothing purged");
        }
        List<Long> people = people(caseId, householdId);
        for (EncryptedTable table : columns.tables().stream().filter(PurgeStatements::ofCases).toList()) {
            String sql = PurgeStatements.of(table).orElseThrow(() -> new IllegalStateException(
                    "The encrypted table " + table.name() + " is not tied to a case: nothing purged"));
            if (sql.contains(":people") && people.isEmpty()) {
                continue;
            }
            Query update = em.createNativeQuery(sql);
            if (sql.contains(":people")) {
                update.setParameter("people", people);
            } else {
                update.setParameter("caseId", caseId);
            }
            update.executeUpdate();
        }
    }

    /** Everyone who is or was in the case's household, its principal, and the holders of its document records. */
    private List<Long> people(long caseId, long householdId) {
        List<?> ids = em.createNativeQuery("select person_id from household_member where household_id = ?1"
                        + " union select person_id from household_member_aud where household_id = ?1"
                        + " union select principal_id from case_file where id = ?2"
                        + " union select person_id from case_document where case_id = ?2 and person_id is not null")
                .setParameter(1, householdId).setParameter(2, caseId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
