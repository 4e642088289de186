package org.camino.cases.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CasePart;
import org.camino.cases.entity.CaseType;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.NotFoundException;
import org.camino.security.control.AccessControl;

import java.util.Locale;
import java.util.Optional;

/**
 * Loads a case for the programme-area parts (resettlement, returns, health,
 * trafficking): through {@link CaseAccess}, so a case the caller may not see
 * is "not found", and a case of another type is "not found" as well, so that
 * an area's URL never tells what type a case number has.
 */
@Stateless
public class ProgrammeCases {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess caseAccess;

    @Inject
    AccessControl accessControl;

    public CaseFile read(String number, CaseType type) {
        return ofType(caseAccess.load(number, "read"), type);
    }

    /** For changes: case:update, and a write lock so that two saves of the same case take turns. */
    public CaseFile update(String number, CaseType type) {
        return ofType(caseAccess.loadForUpdate(number, "update"), type);
    }

    /**
     * The one-to-one details record of a case (return details, victim context,
     * assessment), if it exists, for a save made on the version the user read
     * (null: the user saw none).
     */
    public <T extends CasePart> Optional<T> details(Class<T> type, CaseFile caseFile, Long expectedVersion, String what) {
        T details = em.find(type, caseFile.getId());
        checkVersion(details == null ? null : details.getVersion(), expectedVersion, what, caseFile);
        return Optional.ofNullable(details);
    }

    /**
     * Keeps a part filled in after {@link #details} found none. Called after the
     * fields are set: persisting an empty part first would insert it, then update
     * it, and the user's first save would already be version 1.
     */
    public void keepNew(CasePart part) {
        if (!em.contains(part)) {
            em.persist(part);
        }
    }

    /**
     * One part of a case (a movement, an assistance item, an event) for a
     * change made on the version the user read: not found if it belongs to
     * another case, a conflict if someone changed it since.
     */
    public <T extends CasePart> T part(Class<T> type, long id, long expectedVersion, CaseFile caseFile, String what) {
        T part = em.find(type, id);
        if (part == null || !part.getCaseFile().getId().equals(caseFile.getId())) {
            throw new NotFoundException(what);
        }
        if (part.getVersion() != expectedVersion) {
            throw new ConflictException("This " + what.toLowerCase(Locale.ROOT), caseFile.getUpdatedBy());
        }
        return part;
    }

    /** Marks the case as changed by the caller and writes now (see {@link #flush}). */
    public void saved(CaseFile caseFile, String what) {
        caseFile.touch(accessControl.caller().username());
        flush(what, caseFile);
    }

    /** Refuses a save made on a version other than the one stored (null: the record does not exist yet). */
    public void checkVersion(Long stored, Long expected, String what, CaseFile caseFile) {
        if (stored == null ? expected != null : !stored.equals(expected)) {
            throw new ConflictException(what + " of case " + caseFile.getNumber(), caseFile.getUpdatedBy());
        }
    }

    /** Writes now, so that a lost race surfaces as a conflict rather than as a failed commit. */
    public void flush(String what, CaseFile caseFile) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(what + " of case " + caseFile.getNumber(), caseFile.getUpdatedBy());
        }
    }

    private static CaseFile ofType(CaseFile caseFile, CaseType type) {
        if (caseFile.getCaseType() != type) {
            throw new NotFoundException("Case");
        }
        return caseFile;
    }
}
