package org.camino.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.boundary.CaseViews.DueMovement;
import org.camino.cases.boundary.CaseViews.Page;
import org.camino.cases.boundary.CaseViews.PossibleDuplicate;
import org.camino.cases.boundary.CaseViews.RecentChange;
import org.camino.cases.control.CaseAccess;
import org.camino.cases.control.CaseNumbers;
import org.camino.cases.control.CaseScope;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.cases.entity.Household;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.Person;
import org.camino.cases.entity.StatusChange;
import org.camino.missions.entity.Mission;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;
import org.camino.security.control.SignedIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Registering cases, opening them, listing and finding them. */
@Stateless
@Guarded
public class Cases {

    private static final String PRINCIPAL = "principal";
    private static final String MOVEMENT = "movement";
    private static final Pattern MISSION_CODE = Pattern.compile("[A-Za-z]{3}(-[A-Za-z]{3})?");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    CaseAccess caseAccess;

    @Inject
    CaseScope caseScope;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    CaseValidation validation;

    @Inject
    People people;

    @Inject
    CaseQueries queries;

    @Inject
    CaseViewer viewer;

    @Inject
    CaseAgenda agenda;

    @Inject
    Registrations registrations;

    /**
     * Registers a case with its household and, optionally, a first movement.
     * Refused with the list of possible duplicates (only those the caller may
     * see) unless the user has acknowledged them.
     */
    @ScopedAccess("case:create on the form's type and mission")
    public CaseView register(@NotNull @Valid NewCase form) {
        CaseType type = CaseType.parse(form.type())
                .orElseThrow(() -> InvalidInputException.of("type", "code.unknown"));
        Mission mission = em.createQuery("select m from Mission m where m.code = :c", Mission.class)
                .setParameter("c", form.mission().trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("mission", "case.mission.unknown"));
        if (!accessControl.mayOnCase("create", type.area(), mission.getCode().toLowerCase(Locale.ROOT))) {
            accessControl.deny(accessControl.caller(), "case:create:" + type.area() + ":" + mission.getCode(), "register");
        }
        List<FieldProblem> problems = new ArrayList<>();
        validation.registration(form, problems);
        InvalidInputException.throwIfAny(problems);
        if (!form.duplicatesAcknowledged()) {
            List<PossibleDuplicate> duplicates = queries.possibleDuplicates(form.principal());
            if (!duplicates.isEmpty()) {
                throw new DuplicateWarningException(duplicates);
            }
        }

        LocalDate today = LocalDate.now();
        String number = caseNumbers.next(mission.getId(), mission.getCode(), type, today.getYear());
        CaseFile caseFile = registrations.store(mission, type, number, today, form, accessControl.caller().username(),
                null, c -> { });
        return view(caseFile);
    }

    /**
     * Checks the principal applicant as {@link #register} will, before the
     * wizard's next step: the same problems, named as register names them
     * ({@code principal.dateOfBirth}). Reads nothing stored but the code lists.
     */
    @SignedIn("checks a form only: reads no case")
    public void checkPrincipal(@NotNull PersonForm principal) {
        InvalidInputException.throwIfAny(problems -> {
            validation.constraints(PRINCIPAL, principal, problems);
            validation.person(PRINCIPAL, principal, problems);
        });
    }

    /** Checks a household member before the wizard adds them ({@code member.person.sex}, {@code member.relationship}). */
    @SignedIn("checks a form only: reads no case")
    public void checkMember(@NotNull MemberForm member) {
        InvalidInputException.throwIfAny(problems -> {
            validation.constraints("member", member, problems);
            member("member", member, problems);
        });
    }

    /** Checks the first movement before the wizard's next step ({@code movement.actualArrival}). */
    @SignedIn("checks a form only: reads no case")
    public void checkMovement(@NotNull MovementForm movement) {
        InvalidInputException.throwIfAny(problems -> {
            validation.constraints(MOVEMENT, movement, problems);
            validation.movement(MOVEMENT, movement, problems);
        });
    }

    private void member(String path, MemberForm member, List<FieldProblem> problems) {
        validation.member(path, member, problems);
    }

    /** The whole case as its reader may see it. Not readable and not existing look the same. */
    @ScopedAccess("case:read on the case's type and mission")
    public CaseView find(String number) {
        return view(caseAccess.load(number, "read"));
    }

    @ScopedAccess("lists only cases the caller may read")
    public Page<CaseRow> list(@NotNull @Valid CaseQuery query) {
        InvalidInputException.throwIfAny(problems -> checkFilters(query, problems));
        return queries.list(caseScope.of("read"), query, accessControl.caller().userId());
    }

    /** Exact search by name, document number or phone through blind indexes; only readable cases. */
    @ScopedAccess("finds only cases the caller may read")
    public List<CaseRow> search(@NotNull @Valid PersonSearch search) {
        return queries.search(caseScope.of("read"), search);
    }

    /** The duplicate-person warning before registration: same document, or same name and birth year. */
    @ScopedAccess("warns only of cases the caller may read")
    public List<PossibleDuplicate> possibleDuplicates(@NotNull PersonForm person) {
        return queries.possibleDuplicates(person);
    }

    /** The caller's open cases: assigned to them or registered by them, latest changed first. */
    @ScopedAccess("lists only cases the caller may read")
    public List<CaseRow> mine(int limit) {
        var caller = accessControl.caller();
        return agenda.mine(caseScope.of("read"), caller.userId(), caller.username(), clamp(limit));
    }

    /** Planned or booked movements of readable open cases leaving between the two dates. */
    @ScopedAccess("lists only movements of cases the caller may read")
    public List<DueMovement> departures(@NotNull LocalDate from, @NotNull LocalDate to, int limit) {
        return agenda.departures(caseScope.of("read"), from, to, clamp(limit));
    }

    /** The readable cases changed last. */
    @ScopedAccess("lists only cases the caller may read")
    public List<RecentChange> recentlyChanged(int limit) {
        return agenda.recentlyChanged(caseScope.of("read"), clamp(limit));
    }

    /** A filter that no case can match because it is no code at all is a mistake, not an empty page. */
    static void checkFilters(CaseQuery query, List<FieldProblem> problems) {
        if (query.type() != null && !query.type().isBlank() && CaseType.parse(query.type()).isEmpty()) {
            problems.add(new FieldProblem("type", "code.unknown"));
        }
        if (query.status() != null && !query.status().isBlank() && Arrays.stream(CaseType.values())
                .noneMatch(t -> Workflows.of(t).states().contains(query.status().trim().toUpperCase(Locale.ROOT)))) {
            problems.add(new FieldProblem("status", "code.unknown"));
        }
        if (query.mission() != null && !query.mission().isBlank() && !MISSION_CODE.matcher(query.mission().trim()).matches()) {
            problems.add(new FieldProblem("mission", "code.unknown"));
        }
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, 200));
    }

    CaseView view(CaseFile caseFile) {
        return viewer.view(caseFile);
    }
}
