package org.camino.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.InvalidInputException;
import org.camino.trafficking.boundary.ReferralForm;
import org.camino.trafficking.boundary.TraffickingCases;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.time.LocalDate;

/** Adds a referral, incoming or outgoing, on the counter-trafficking details tab. */
@Named
@ViewScoped
public class ReferralEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "referrals";

    @Inject
    TraffickingDetailsTab tab;

    @Inject
    TraffickingCases trafficking;

    private boolean open;
    private String direction;
    private String organisationType;
    private String reason;
    private LocalDate referredOn;
    private String note;

    public void startNew() {
        open = true;
        direction = null;
        organisationType = null;
        reason = null;
        referredOn = null;
        note = null;
    }

    public void cancel() {
        open = false;
    }

    public void save() {
        ReferralForm form = new ReferralForm(direction, organisationType, reason, referredOn, note);
        if (!InputProblems.validate(FORM, "", form)) {
            return;
        }
        try {
            tab.show(trafficking.addReferral(tab.number(), form));
            Messages.info("trafficking.referral.added");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        }
    }

    public boolean isOpen() { return open; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getOrganisationType() { return organisationType; }
    public void setOrganisationType(String organisationType) { this.organisationType = organisationType; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate referredOn) { this.referredOn = referredOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
