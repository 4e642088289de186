package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseTypes;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.boundary.CaseViews.PossibleDuplicate;
import org.camino.cases.boundary.Cases;
import org.camino.cases.boundary.DuplicateWarningException;
import org.camino.cases.boundary.NewCase;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;
import org.camino.web.view.Navigation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Backs /cases/new.xhtml, the registration wizard of one case type:
 * 1 principal applicant, 2 household, 3 first movement, 4 consent and review.
 * All steps stay in the form (hidden but for the current one), so nothing
 * typed is lost going back and forth. Next (and adding a member) asks the
 * service to check the step as registering will, so a problem shows beside
 * its field on its own step; one the service still finds at the end is shown
 * on the step it belongs to. The service saves everything or nothing.
 */
@Named
@ViewScoped
public class NewCasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "wizard";
    private static final int LAST_STEP = 4;

    @Inject
    Cases cases;

    @Inject
    Navigation navigation;

    private String type;
    private String mission;
    private int step = 1;
    private final PersonInput principal = new PersonInput();
    private final List<MemberInput> members = new ArrayList<>();
    private MemberInput member = new MemberInput();
    private final MovementInput movement = new MovementInput();
    private String consentPurpose;
    private LocalDate consentDate = LocalDate.now();
    private List<PossibleDuplicate> duplicates = List.of();

    /** f:viewAction: the type must be one the user may register; the mission defaults to their first. */
    public void open() {
        type = type == null ? null : CaseTypes.parse(type).orElse(null);
        if (type != null && !navigation.getCreatableTypes().contains(type)) {
            type = null;
        }
        if (type != null && mission == null) {
            mission = getMissions().stream().findFirst().orElse(null);
        }
    }

    public List<String> getMissions() {
        return type == null ? List.of() : navigation.missionsWhere("create", type);
    }

    /** Goes on only if the service finds nothing wrong with this step: its own checks, beside the fields. */
    public void next() {
        boolean valid = switch (step) {
            case 1 -> checked(() -> cases.checkPrincipal(principal.toForm()));
            case 3 -> movement.isBlank() || checked(() -> cases.checkMovement(movement.toForm()));
            default -> true;
        };
        if (valid && step < LAST_STEP) {
            step++;
        }
    }

    public void back() {
        step = Math.max(1, step - 1);
    }

    public void addMember() {
        if (checked(() -> cases.checkMember(member.toForm()))) {
            members.add(member);
            member = new MemberInput();
        }
    }

    private static boolean checked(Runnable check) {
        try {
            check.run();
            return true;
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
            return false;
        }
    }

    public void removeMember(MemberInput gone) {
        members.remove(gone);
    }

    public String register() {
        return register(false);
    }

    /** After the duplicate warning: the user has looked at the matches and registers anyway. */
    public String registerAnyway() {
        return register(true);
    }

    public void dismissDuplicates() {
        duplicates = List.of();
    }

    private String register(boolean duplicatesAcknowledged) {
        NewCase form = new NewCase(type, mission, principal.toForm(), members.stream().map(MemberInput::toForm).toList(),
                movement.isBlank() ? null : movement.toForm(), consentPurpose, consentDate, duplicatesAcknowledged);
        if (!InputProblems.validate(FORM, "", form)) {
            step = firstStepWithProblems();
            return null;
        }
        try {
            CaseView created = cases.register(form);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("wizard.registered", created.number());
            return "/cases/view?faces-redirect=true&number=" + created.number();
        } catch (DuplicateWarningException e) {
            duplicates = e.matches();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
            step = firstStepWithProblems();
        } catch (RuntimeException e) {
            if (!InputProblems.showIfViolation(FORM, e)) {
                throw e;
            }
            step = firstStepWithProblems();
        }
        return null;
    }

    /** The step holding the first field with a message (by the id prefix of its inputs). */
    private int firstStepWithProblems() {
        int first = LAST_STEP;
        for (Iterator<String> ids = FacesContext.getCurrentInstance().getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            int at = id.contains(":principal_") ? 1 : id.contains(":member") ? 2 : id.contains(":movement_") ? 3 : LAST_STEP;
            first = Math.min(first, at);
        }
        return first;
    }


    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getMission() { return mission; }
    public void setMission(String mission) { this.mission = mission; }
    public int getStep() { return step; }
    public int getLastStep() { return LAST_STEP; }
    public PersonInput getPrincipal() { return principal; }
    public List<MemberInput> getMembers() { return members; }
    public MemberInput getMember() { return member; }
    public MovementInput getMovement() { return movement; }
    public String getConsentPurpose() { return consentPurpose; }
    public void setConsentPurpose(String consentPurpose) { this.consentPurpose = consentPurpose; }
    public LocalDate getConsentDate() { return consentDate; }
    public void setConsentDate(LocalDate consentDate) { this.consentDate = consentDate; }
    public List<PossibleDuplicate> getDuplicates() { return duplicates; }
}
