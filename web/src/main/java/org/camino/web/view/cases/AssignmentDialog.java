package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseAssignments.AssignmentRequest;
import org.camino.cases.boundary.CaseAssignments;
import org.camino.cases.boundary.CaseViews.Assignee;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.boundary.SignedInUser;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;
import org.camino.web.view.Navigation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Assigned to" in the head of /cases/view.xhtml: the mission manager's
 * "Assign…" dialog (a choice among those who may work on the case), and a
 * caseworker's "Assign to me" and "Give back". What is offered is only a
 * convenience; {@link CaseAssignments} decides. A concurrent change of the
 * case shows the conflict and keeps the choice.
 */
@Named
@ViewScoped
public class AssignmentDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "assign";

    @Inject
    CaseViewPage page;

    @Inject
    CaseAssignments assignments;

    @Inject
    Navigation navigation;

    private boolean open;
    private List<Assignee> eligible = List.of();
    private String assignee;
    private EditConflict conflict;

    /** The manager may assign this case (menu convenience; the service checks again). */
    public boolean isReassigner() {
        CaseView view = page.getView();
        return navigation.missionsWhere("reassign", view.type()).contains(view.mission());
    }

    /** A caseworker of the case sees "Assign to me" while nobody has the case. */
    public boolean isTakeable() {
        return page.isEditable() && page.getView().assignee() == null;
    }

    public boolean isMine() {
        return Objects.equals(page.getView().assignee(), me());
    }

    public void start() {
        eligible = assignments.eligibleAssignees(page.getView().number());
        assignee = page.getView().assignee();
        conflict = null;
        open = true;
    }

    /** Closing the dialog reloads the page: no modal layer is left behind. */
    public String cancel() {
        open = false;
        conflict = null;
        return reopenPage();
    }

    public String confirm() {
        return save(assignee, "assignment.done");
    }

    public String takeForMe() {
        return save(me(), "assignment.taken");
    }

    public String giveBack() {
        return save(null, "assignment.givenBack");
    }

    /** After a conflict: assign as chosen over the other change (the user has seen it). */
    public String overwrite() {
        conflict = null;
        return confirm();
    }

    private String save(String username, String doneKey) {
        CaseView view = page.getView();
        try {
            CaseView after = assignments.assign(view.number(), new AssignmentRequest(view.version(), username));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            if (after.assigneeName() == null) {
                Messages.info(doneKey.equals("assignment.givenBack") ? doneKey : "assignment.removed");
            } else {
                Messages.info(doneKey, after.assigneeName());
            }
            open = false;
            return reopenPage();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            page.reload();
            if (open) {
                conflict = EditConflict.of(e, Map.of("assignee", nameOf(page.getView().assignee())),
                        Map.of("assignee", nameOf(username)), page.getView().updatedAt());
            } else {
                Messages.error(null, "assignment.conflict", e.changedBy() == null ? "?" : e.changedBy());
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    private String nameOf(String username) {
        if (username == null) {
            return Messages.text("assignment.nobody");
        }
        return eligible.stream().filter(a -> a.username().equals(username)).map(Assignee::displayName).findFirst()
                .orElse(Objects.equals(username, page.getView().assignee()) ? page.getView().assigneeName() : username);
    }

    private static String me() {
        return SignedInUser.current().map(SignedInUser::username).orElse(null);
    }

    private String reopenPage() {
        return "/cases/view?faces-redirect=true&number=" + page.getView().number() + "&tab=" + page.getTab();
    }

    public boolean isOpen() { return open; }
    public List<Assignee> getEligible() { return eligible; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public EditConflict getConflict() { return conflict; }
}
