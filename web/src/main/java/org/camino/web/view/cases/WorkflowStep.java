package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseTypes;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.cases.boundary.CaseWork;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.Optional;

/**
 * The workflow buttons of /cases/view.xhtml and their confirmation dialog:
 * the step, a reason (required for closing and reopening), and for closing
 * the closure reason (CASE_CLOSURE_REASON). Steps that need a manager's
 * approval are sent to the approval queue; the dialog says so before.
 */
@Named
@ViewScoped
public class WorkflowStep implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "step";

    @Inject
    CaseViewPage page;

    @Inject
    CaseWork work;

    private String target;
    private String reason;
    private String closureReason;

    public void choose(String to) {
        target = to;
        reason = null;
        closureReason = null;
    }

    /** Closing the dialog reloads the page: the simplest way to leave no modal layer behind. */
    public String cancel() {
        target = null;
        return reopenPage();
    }

    public String confirm() {
        CaseView view = page.getView();
        try {
            CaseView after = work.step(view.number(), new CaseWork.StepRequest(view.version(), target, reason,
                    isClosing() ? closureReason : null));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(after.pendingStatus() != null ? "workflow.requested" : "workflow.done", page.status(target));
            target = null;
            return reopenPage();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            page.reload();
            Messages.error(null, "workflow.conflict", e.changedBy() == null ? "?" : e.changedBy());
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    private String reopenPage() {
        return "/cases/view?faces-redirect=true&number=" + page.getView().number() + "&tab=" + page.getTab();
    }

    private Optional<CaseTypes.Step> transition() {
        CaseView view = page.getView();
        return target == null ? Optional.empty()
                : CaseTypes.step(view.type(), view.status(), target);
    }

    public boolean isOpen() { return target != null; }
    public boolean isClosing() {
        return target != null && CaseTypes.isClosed(page.getView().type(), target);
    }
    public boolean isNeedsApproval() { return transition().map(CaseTypes.Step::needsApproval).orElse(false); }
    public boolean isNeedsReason() { return transition().map(CaseTypes.Step::needsReason).orElse(false); }
    public String getTarget() { return target; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getClosureReason() { return closureReason; }
    public void setClosureReason(String closureReason) { this.closureReason = closureReason; }
}
