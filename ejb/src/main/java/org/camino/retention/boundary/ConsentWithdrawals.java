package org.camino.retention.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.boundary.CaseViewer;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.control.CaseAccess;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.entity.CaseFile;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.retention.control.CasePurge;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.util.Arrays;
import java.util.Locale;

/**
 * A person withdraws their consent: the case's personal data is deleted as the
 * retention purge deletes it, and a tombstone removes the case's statistical
 * records from the mission's store and, once pushed, from HQ's. Allowed to
 * holders of {@code case:erase} on the case (mission managers for resettlement,
 * AVRR and health; counter-trafficking officers for their cases: whoever closes
 * the mission's cases of that area). It cannot be undone.
 */
@Stateless
@Guarded
public class ConsentWithdrawals {

    /** Why the consent was withdrawn, as a code (never free text: the log and the tombstone carry it). */
    public enum WithdrawalReason { PERSON_REQUEST, GUARDIAN_REQUEST, LEGAL_OBLIGATION, CONSENT_NOT_VALID }

    /** {@code version}: the case version the user saw; {@code reason}: a {@link WithdrawalReason}. */
    public record WithdrawalRequest(Long version, String reason) {
        /** The version only: the reason should be a code, but what a client sent is not checked yet when this prints. */
        @Override
        public String toString() {
            return "WithdrawalRequest[version=" + version + "]";
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess caseAccess;

    @Inject
    CasePurge purge;

    @Inject
    CaseStatistics statistics;

    @Inject
    CaseViewer viewer;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    /**
     * Deletes the case's personal data and withdraws its statistical records. 400 naming {@code version} or
     * {@code reason}; 409 if the case changed since {@code version} or was purged already; 404 for a case the
     * caller may not see, 403 for one they may read but not erase.
     */
    @ScopedAccess("case:erase on the case")
    public CaseView withdraw(String number, WithdrawalRequest request) {
        WithdrawalRequest given = request == null ? new WithdrawalRequest(null, null) : request;
        String reason = given.reason() == null ? null : given.reason().trim().toUpperCase(Locale.ROOT);
        InvalidInputException.throwIfAny(problems -> {
            if (given.version() == null) {
                problems.add(new InvalidInputException.FieldProblem("version", "case.version.required"));
            }
            if (reason == null || Arrays.stream(WithdrawalReason.values()).noneMatch(r -> r.name().equals(reason))) {
                problems.add(new InvalidInputException.FieldProblem("reason", "consent.withdrawal.reason"));
            }
        });
        CaseFile caseFile = caseAccess.loadForUpdate(number, "erase");
        if (caseFile.getVersion() != given.version()) {
            throw new ConflictException("Case " + caseFile.getNumber(), caseFile.getUpdatedBy());
        }
        String who = accessControl.caller().username();
        long caseId = caseFile.getId();
        statistics.erased(caseFile);
        purge.purge(caseId, CasePurge.Reason.CONSENT_WITHDRAWN, reason, who);
        // plain SQL like the purge: an entity change would make Envers copy the deleted values into a new history row
        em.createNativeQuery("update case_file set consent_withdrawn_on = current_date, updated_at = now(), updated_by = ?1,"
                + " version = version + 1 where id = ?2").setParameter(1, who).setParameter(2, caseId).executeUpdate();
        accessLog.record(AccessLog.Event.CONSENT_WITHDRAWN, who, "case:" + caseFile.getNumber(), "reason " + reason);
        em.clear();
        return viewer.view(em.find(CaseFile.class, caseId));
    }
}
