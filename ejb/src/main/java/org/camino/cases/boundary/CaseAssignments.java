package org.camino.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.cases.boundary.CaseViews.Assignee;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.control.AssignmentRule;
import org.camino.cases.control.CaseAccess;
import org.camino.cases.entity.CaseFile;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.CaminoPrincipal;
import org.camino.security.control.Guarded;
import org.camino.security.control.PermissionHolders;
import org.camino.security.control.ScopedAccess;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who is in charge of a case. A mission manager ({@code case:reassign})
 * assigns any case of their mission to anyone who may work on it
 * ({@code case:update} on its type in its mission), or unassigns it; a
 * caseworker ({@code case:update}) takes an unassigned case for themselves or
 * gives their own back, and touches no one else's.
 */
@Stateless
@Guarded
public class CaseAssignments {

    /** {@code assignee}: a user name, or null to unassign; {@code version}: the case version the user saw. */
    public record AssignmentRequest(@NotNull(message = "{case.version.required}") Long version, String assignee) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    CaseAccess caseAccess;

    @Inject
    PermissionHolders holders;

    @Inject
    CaseViewer viewer;

    @ScopedAccess("case:reassign on the case; case:update to take an unassigned case or give one's own back")
    public CaseView assign(String number, @NotNull @Valid AssignmentRequest request) {
        CaseFile caseFile = caseAccess.loadForUpdateAny(number, List.of("reassign", "update"));
        if (caseFile.getVersion() != request.version()) {
            throw new ConflictException("Case " + caseFile.getNumber(), caseFile.getUpdatedBy());
        }
        CaminoPrincipal caller = accessControl.caller();
        String wanted = request.assignee() == null || request.assignee().isBlank() ? null
                : request.assignee().trim().toLowerCase(Locale.ROOT);
        String area = caseFile.getCaseType().area();
        String mission = caseFile.getMission().getCode().toLowerCase(Locale.ROOT);
        boolean reassigner = accessControl.mayOnCase("reassign", area, mission);
        if (!AssignmentRule.allows(reassigner, caseFile.getAssignedTo(), caller.userId(), caller.username(), wanted)) {
            accessControl.deny(caller, "case:reassign:" + area + ":" + mission, "case:" + caseFile.getNumber());
        }
        Long assigneeId = null;
        if (wanted != null) {
            assigneeId = holders.holder(wanted, updatePermission(caseFile), caseFile.getMission().getId())
                    .orElseThrow(() -> InvalidInputException.of("assignee", "assignment.assignee.ineligible")).id();
        }
        if (!Objects.equals(assigneeId, caseFile.getAssignedTo())) {
            caseFile.setAssignedTo(assigneeId);
            caseFile.touch(caller.username());
            try {
                em.flush();
            } catch (OptimisticLockException e) {
                throw new ConflictException("Case " + caseFile.getNumber(), caseFile.getUpdatedBy());
            }
        }
        return viewer.view(caseFile);
    }

    /** Whom the case may be assigned to: enabled users who may work on cases of its type in its mission. */
    @ScopedAccess("case:reassign on the case")
    public List<Assignee> eligibleAssignees(String number) {
        CaseFile caseFile = caseAccess.load(number, "reassign");
        return holders.holding(updatePermission(caseFile), caseFile.getMission().getId()).stream()
                .map(h -> new Assignee(h.username(), h.displayName())).toList();
    }

    private static String updatePermission(CaseFile caseFile) {
        return "case:update:" + caseFile.getCaseType().area() + ":"
                + caseFile.getMission().getCode().toLowerCase(Locale.ROOT);
    }
}
