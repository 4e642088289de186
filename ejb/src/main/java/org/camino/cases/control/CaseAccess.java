package org.camino.cases.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.errors.AccessDeniedException;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.RefusedException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.CaminoPrincipal;

import java.util.List;
import java.util.Locale;

/**
 * Loads a case for an action, or answers exactly as if it did not exist: a
 * case of another mission, or a counter-trafficking case asked for without
 * the CT permission, is "not found" — and the attempt goes to the access log.
 * Only a caller who may read the case is told "not allowed" for other actions.
 * Every read of a health or counter-trafficking case is logged too. A closed
 * case cannot be edited (see {@link #EDIT}); a purged case (its personal data
 * deleted, {@code case_purge}) can only be read.
 */
@Stateless
public class CaseAccess {

    /**
     * The action of every change to a case's content. A closed case refuses it
     * (409, {@code case.closed}): it changes only through its workflow, by reopening.
     * Workflow steps, approvals and assignments have actions of their own.
     */
    public static final String EDIT = "update";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    public CaseFile load(String number, String action) {
        return load(number, List.of(action), false);
    }

    /**
     * As {@link #loadForUpdate}, for an operation that more than one action allows
     * (a manager reassigns, a caseworker takes a case): passes if the caller may do any of them.
     */
    public CaseFile loadForUpdateAny(String number, List<String> actions) {
        return load(number, actions, true);
    }

    /** As {@link #load}, with a write lock for changes that must not interleave (workflow steps). */
    public CaseFile loadForUpdate(String number, String action) {
        return load(number, List.of(action), true);
    }

    private CaseFile load(String number, List<String> actions, boolean lock) {
        CaminoPrincipal caller = accessControl.caller();
        String normalised = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
        CaseFile found = em.createQuery("select c from CaseFile c join fetch c.mission where c.number = :n", CaseFile.class)
                .setParameter("n", normalised)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst().orElse(null);
        if (found == null) {
            throw new NotFoundException("Case");
        }
        String area = found.getCaseType().area();
        String mission = found.getMission().getCode().toLowerCase(Locale.ROOT);
        if (actions.stream().noneMatch(action -> accessControl.mayOnCase(action, area, mission))) {
            accessLog.record(AccessLog.Event.ACCESS_DENIED, caller.username(), "case:" + normalised,
                    "missing case:" + String.join(" or case:", actions) + " on this case");
            if (!actions.contains("read") && accessControl.mayOnCase("read", area, mission)) {
                throw new AccessDeniedException("Not allowed"); // they can see the case, so refusing reveals nothing
            }
            throw new NotFoundException("Case");
        }
        if (!actions.contains("read") && isPurged(found)) {
            throw new RefusedException("case.purged", "The personal data of case " + normalised + " was deleted: it cannot change");
        }
        if (actions.equals(List.of(EDIT)) && found.getClosedOn() != null) {
            throw new RefusedException("case.closed", "Case " + normalised + " is closed: reopen it to change it");
        }
        if (actions.contains("read") && isSensitive(found.getCaseType())) {
            accessLog.record(AccessLog.Event.SENSITIVE_CASE_VIEW, caller.username(), "case:" + normalised, null);
        }
        return found;
    }

    /** Whether the case's personal data was deleted (retention, withdrawn consent): only its tombstone is left. */
    public boolean isPurged(CaseFile caseFile) {
        return !em.createNativeQuery("select 1 from case_purge where case_id = ?1").setParameter(1, caseFile.getId())
                .getResultList().isEmpty();
    }

    public static boolean isSensitive(CaseType type) {
        return type == CaseType.MHA || type == CaseType.CTA;
    }
}
