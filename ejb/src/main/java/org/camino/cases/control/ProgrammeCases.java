package org.camino.cases.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.NotFoundException;

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

    public CaseFile read(String number, CaseType type) {
        return ofType(caseAccess.load(number, "read"), type);
    }

    /** For changes: case:update, and a write lock so that two saves of the same case take turns. */
    public CaseFile update(String number, CaseType type) {
        return ofType(caseAccess.loadForUpdate(number, "update"), type);
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
