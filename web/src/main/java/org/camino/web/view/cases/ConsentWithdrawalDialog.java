package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseViews.CaseView;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.RefusedException;
import org.camino.retention.boundary.ConsentWithdrawals;
import org.camino.retention.boundary.ConsentWithdrawals.WithdrawalRequest;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;
import org.camino.web.view.Navigation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * "Withdraw consent…" in the head of /cases/view.xhtml: a dialog that says
 * what will happen (personal data deleted for good, statistical records
 * withdrawn from the CDR), asks for the reason code and a confirmation.
 * Offered to holders of {@code case:erase} on the case; {@link ConsentWithdrawals} decides.
 */
@Named
@ViewScoped
public class ConsentWithdrawalDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "withdraw";

    @Inject
    CaseViewPage page;

    @Inject
    ConsentWithdrawals withdrawals;

    @Inject
    Navigation navigation;

    private boolean open;
    private String reason;

    /** The caller may erase this case and it still holds personal data (menu convenience; the service checks again). */
    public boolean isOffered() {
        CaseView view = page.getView();
        return view.purged() == null && navigation.missionsWhere("erase", view.type()).contains(view.mission());
    }

    public List<String> getReasons() {
        return Arrays.stream(ConsentWithdrawals.WithdrawalReason.values()).map(Enum::name).toList();
    }

    public void start() {
        reason = null;
        open = true;
    }

    /** Closing the dialog reloads the page: no modal layer is left behind. */
    public String cancel() {
        open = false;
        return reopenPage();
    }

    public String confirm() {
        CaseView view = page.getView();
        try {
            withdrawals.withdraw(view.number(), new WithdrawalRequest(view.version(), reason));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("consent.withdrawal.done");
            open = false;
            return reopenPage();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            Messages.error(null, "consent.withdrawal.conflict", e.changedBy() == null ? "?" : e.changedBy());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RefusedException e) {
            Messages.error(null, e.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    private String reopenPage() {
        return "/cases/view?faces-redirect=true&number=" + page.getView().number() + "&tab=" + page.getTab();
    }

    public boolean isOpen() { return open; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
