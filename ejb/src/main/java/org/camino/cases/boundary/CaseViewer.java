package org.camino.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseNote;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.StatusChange;
import org.camino.platform.control.SqlValues;
import org.camino.security.control.PermissionHolders;


import java.util.List;

/** Builds the view of a case that its boundaries return (the caller's access is already checked). */
@ApplicationScoped
public class CaseViewer {

    @PersistenceContext
    EntityManager em;

    @Inject
    PermissionHolders users;

    /** The case as its pages show it; a damaged value is left out and named in {@code damagedFields}. */
    public CaseView view(CaseFile caseFile) {
        Reading read = new Reading();
        List<CaseViews.MovementView> movements = em.createQuery(
                        "select m from Movement m where m.caseFile = :c order by m.id", Movement.class)
                .setParameter("c", caseFile).getResultStream().map(m -> CaseViews.MovementView.of(m, read)).toList();
        List<CaseViews.NoteView> notes = em.createQuery(
                        "select n from CaseNote n where n.caseFile = :c order by n.id desc", CaseNote.class)
                .setParameter("c", caseFile).getResultStream().map(n -> CaseViews.NoteView.of(n, read)).toList();
        List<CaseViews.StatusChangeView> history = em.createQuery(
                        "select s from StatusChange s where s.caseFile = :c order by s.id", StatusChange.class)
                .setParameter("c", caseFile).getResultStream().map(s -> CaseViews.StatusChangeView.of(s, read)).toList();
        CaseViews.PurgeMark purged = purgeMark(caseFile);
        List<String> allowed = caseFile.getPendingStatus() != null || purged != null ? List.of()
                : Workflows.of(caseFile.getCaseType()).from(caseFile.getStatus()).stream().map(Workflows.Transition::to).toList();
        return CaseView.of(caseFile, assignee(caseFile.getAssignedTo()), movements, notes, history, allowed, purged, read);
    }

    /** Whether (and why) the case's personal data was deleted (table case_purge, written by the retention area). */
    private CaseViews.PurgeMark purgeMark(CaseFile caseFile) {
        List<Object[]> rows = em.createNativeQuery("select reason, withdrawal_reason, purged_at from case_purge where case_id = ?1")
                .setParameter(1, caseFile.getId()).getResultList();
        return rows.stream().findFirst().map(r -> new CaseViews.PurgeMark((String) r[0], (String) r[1], SqlValues.instant(r[2])))
                .orElse(null);
    }

    public CaseViews.Assignee assignee(Long userId) {
        if (userId == null) {
            return null;
        }
        PermissionHolders.Holder user = users.users(List.of(userId)).get(userId);
        return user == null ? null : new CaseViews.Assignee(user.username(), user.displayName());
    }
}
