package org.camino.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.control.CaseAccess;
import org.camino.cases.control.CaseScope;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.ProgrammeCases;
import org.camino.cases.control.Workflows;
import org.camino.cases.entity.ApprovalRequest;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseNote;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.Person;
import org.camino.cases.entity.StatusChange;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Work on an existing case: workflow steps and approvals, notes, movements, household, corrections. */
@Stateless
@Guarded
public class CaseWork {

    public record StepRequest(@NotNull(message = "{case.version.required}") Long expectedVersion,
                              String toStatus, String reason, String closureReason) {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "StepRequest[expectedVersion=" + expectedVersion + ", toStatus=" + toStatus + ", closureReason=" + closureReason + "]";
        }
    }

    /** {@code reasonUnreadable}: null, or the incident reference of a reason that failed its integrity check. */
    public record ApprovalItem(long id, long version, String caseNumber, String caseType, String mission,
                               String fromStatus, String toStatus, String requestedBy, java.time.Instant requestedAt,
                               String reason, String reasonUnreadable) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "ApprovalItem[id=" + id + ", version=" + version + ", caseNumber=" + caseNumber + ", fromStatus=" + fromStatus + ", toStatus=" + toStatus + ", requestedBy=" + requestedBy + "]";
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    CaseAccess caseAccess;

    @Inject
    ProgrammeCases parts;

    @Inject
    CaseValidation validation;

    @Inject
    People people;

    @Inject
    CaseViewer cases;

    @Inject
    CaseScope caseScope;

    @Inject
    CaseStatistics statistics;

    /**
     * Moves a case along its workflow. Illegal steps are refused with a clear
     * message; closing needs a reason; steps that need approval wait in the
     * mission manager's queue (the case shows the pending step).
     */
    @ScopedAccess("case:transition (case:close to close) on the case")
    public CaseView step(String number, @NotNull @Valid StepRequest request) {
        String target = request.toStatus() == null ? "" : request.toStatus().trim().toUpperCase(Locale.ROOT);
        boolean closing = Workflows.CLOSED.equals(target) || "CLOSED_REFERRED".equals(target);
        CaseFile caseFile = caseAccess.loadForUpdate(number, closing ? "close" : "transition");
        checkVersion(caseFile, request.expectedVersion());
        Workflows.Workflow workflow = Workflows.of(caseFile.getCaseType());
        if (caseFile.getPendingStatus() != null) {
            throw InvalidInputException.of("toStatus", "workflow.pending");
        }
        Workflows.Transition transition = workflow.transition(caseFile.getStatus(), target)
                .orElseThrow(() -> InvalidInputException.of("toStatus", "workflow.illegal"));
        List<FieldProblem> problems = new ArrayList<>();
        if (transition.needsReason() && (request.reason() == null || request.reason().isBlank())) {
            problems.add(new FieldProblem("reason", "workflow.reason.required"));
        }
        if (workflow.isClosed(target)) {
            if (request.closureReason() == null || request.closureReason().isBlank()) {
                problems.add(new FieldProblem("closureReason", "workflow.closureReason.required"));
            } else {
                validation.code("closureReason", "CASE_CLOSURE_REASON", request.closureReason(), problems);
            }
        }
        InvalidInputException.throwIfAny(problems);
        String username = accessControl.caller().username();
        if (transition.needsApproval()) {
            caseFile.setPendingStatus(target);
            em.persist(new ApprovalRequest(caseFile, caseFile.getStatus(), target, username, request.reason()));
        } else {
            apply(caseFile, target, username, request.reason(), request.closureReason(), null);
        }
        caseFile.touch(username);
        flush(caseFile);
        return cases.view(caseFile);
    }

    /** The approval queue: pending steps of cases the caller may approve. */
    /** A damaged reason marks its row (with the incident) instead of failing the whole queue. */
    private static ApprovalItem approvalItem(ApprovalRequest a) {
        Reading.NameOrIncident reason = Reading.name(a::getReason);
        return new ApprovalItem(a.getId(), a.getVersion(), a.getCaseFile().getNumber(),
                a.getCaseFile().getCaseType().name(), a.getCaseFile().getMission().getCode(), a.getFromStatus(),
                a.getToStatus(), a.getRequestedBy(), a.getRequestedAt(), reason.name(), reason.incident());
    }

    @ScopedAccess("case:approve on each listed case")
    public List<ApprovalItem> approvalQueue() {
        accessControl.caller();
        // checks the caller's approve scope up front, so that an empty queue is an answer too, not an unchecked call
        if (caseScope.of("approve").isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from ApprovalRequest a join fetch a.caseFile c join fetch c.mission"
                        + " where a.decision = :pending order by a.requestedAt", ApprovalRequest.class)
                .setParameter("pending", ApprovalRequest.Decision.PENDING).getResultStream()
                .filter(a -> accessControl.mayOnCase("approve", a.getCaseFile().getCaseType().area(),
                        a.getCaseFile().getMission().getCode().toLowerCase(Locale.ROOT)))
                .map(CaseWork::approvalItem)
                .toList();
    }

    @ScopedAccess("case:approve on the request's case")
    public CaseView decide(long approvalId, boolean approve, String note) {
        ApprovalRequest request = em.find(ApprovalRequest.class, approvalId);
        if (request == null) {
            throw new NotFoundException("Approval request");
        }
        CaseFile caseFile = caseAccess.loadForUpdate(request.getCaseFile().getNumber(), "approve");
        if (request.getDecision() != ApprovalRequest.Decision.PENDING) {
            throw InvalidInputException.of("decision", "approval.alreadyDecided");
        }
        String username = accessControl.caller().username();
        if (username.equals(request.getRequestedBy())) {
            throw InvalidInputException.of("decision", "approval.ownRequest");
        }
        request.decide(approve ? ApprovalRequest.Decision.APPROVED : ApprovalRequest.Decision.REJECTED, username, note);
        caseFile.setPendingStatus(null);
        if (approve) {
            apply(caseFile, request.getToStatus(), request.getRequestedBy(), request.getReason(), null, username);
        }
        caseFile.touch(username);
        flush(caseFile);
        return cases.view(caseFile);
    }

    @ScopedAccess("case:update on the case")
    public CaseView addNote(String number, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "note.required");
        }
        if (text.length() > 10_000) {
            throw InvalidInputException.of("text", "field.tooLong");
        }
        CaseFile caseFile = caseAccess.load(number, "update");
        String username = accessControl.caller().username();
        em.persist(new CaseNote(caseFile, username, text.trim()));
        caseFile.touch(username);
        return cases.view(caseFile);
    }

    @ScopedAccess("case:update on the case")
    public CaseView addMovement(String number, @NotNull @Valid MovementForm form) {
        CaseFile caseFile = caseAccess.load(number, "update");
        checkMovement(form);
        Movement movement = new Movement(caseFile);
        MovementFields.apply(form, movement);
        em.persist(movement);
        statistics.movement(movement);
        caseFile.touch(accessControl.caller().username());
        return cases.view(caseFile);
    }

    @ScopedAccess("case:update on the movement's case")
    public CaseView updateMovement(String number, long movementId, long expectedVersion, @NotNull @Valid MovementForm form) {
        CaseFile caseFile = caseAccess.load(number, "update");
        Movement movement = parts.part(Movement.class, movementId, expectedVersion, caseFile, "Movement");
        checkMovement(form);
        MovementFields.apply(form, movement);
        statistics.movement(movement);
        caseFile.touch(accessControl.caller().username());
        flush(caseFile);
        return cases.view(caseFile);
    }

    @ScopedAccess("case:update on the case")
    public CaseView addHouseholdMember(String number, @NotNull @Valid MemberForm member) {
        CaseFile caseFile = caseAccess.load(number, "update");
        List<FieldProblem> problems = new ArrayList<>();
        validation.person("person", member.person(), problems);
        validation.code("relationship", "HOUSEHOLD_RELATIONSHIP", member.relationship(), problems);
        InvalidInputException.throwIfAny(problems);
        caseFile.getHousehold().add(people.create(caseFile.getMission(), member.person()), member.relationship());
        statistics.registered(caseFile); // the household size band changes: a new version of the registration record
        caseFile.touch(accessControl.caller().username());
        return cases.view(caseFile);
    }

    /** Corrects a household member's details; refused if someone saved them since the caller loaded them. */
    @ScopedAccess("case:update on the case")
    public CaseView updatePerson(String number, long personId, long expectedVersion, @NotNull @Valid PersonForm form) {
        CaseFile caseFile = caseAccess.load(number, "update");
        Person person = caseFile.getHousehold().getMembers().stream().map(m -> m.getPerson())
                .filter(p -> p.getId() == personId).findFirst().orElseThrow(() -> new NotFoundException("Person"));
        if (person.getVersion() != expectedVersion) {
            throw new ConflictException("This person's details", caseFile.getUpdatedBy());
        }
        InvalidInputException.throwIfAny(problems -> validation.person("person", form, problems));
        people.apply(form, person);
        if (person.getId().equals(caseFile.getPrincipal().getId())) {
            statistics.registered(caseFile); // a correction of sex, birth year or nationality: a new version
        }
        caseFile.touch(accessControl.caller().username());
        flush(caseFile);
        return cases.view(caseFile);
    }

    private void apply(CaseFile caseFile, String target, String by, String reason, String closureReason, String approvedBy) {
        Workflows.Workflow workflow = Workflows.of(caseFile.getCaseType());
        String from = caseFile.getStatus();
        if (workflow.isClosed(target)) {
            caseFile.close(LocalDate.now(), closureReason, reason);
        } else if (workflow.isClosed(from)) {
            caseFile.reopen();
        }
        caseFile.setStatus(target);
        StatusChange change = new StatusChange(caseFile, from, target, by, reason, approvedBy);
        em.persist(change);
        statistics.statusChanged(caseFile, change);
    }

    private void checkMovement(MovementForm form) {
        InvalidInputException.throwIfAny(problems -> validation.movement("movement", form, problems));
    }

    private static void checkVersion(CaseFile caseFile, Long expected) {
        if (expected == null || caseFile.getVersion() != expected) {
            throw new ConflictException("Case " + caseFile.getNumber(), caseFile.getUpdatedBy());
        }
    }

    private void flush(CaseFile caseFile) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Case " + caseFile.getNumber(), caseFile.getUpdatedBy());
        }
    }
}
