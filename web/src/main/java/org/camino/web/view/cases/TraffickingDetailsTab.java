package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.trafficking.boundary.TraffickingCases;
import org.camino.trafficking.boundary.TraffickingForm;
import org.camino.trafficking.boundary.TraffickingView;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.List;
import java.time.Instant;

/**
 * The programme-details tab of a counter-trafficking case on
 * /cases/view.xhtml: the HTCDS victim context, read once per page through
 * {@link TraffickingCases} and edited here; events, support plan and
 * referrals are added by {@link TraffickingEventEditor},
 * {@link SupportPlanEditor} and {@link ReferralEditor}, which hand the
 * service's answer back through {@link #show}.
 */
@Named
@ViewScoped
public class TraffickingDetailsTab implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "trafficking";

    @Inject
    CaseViewPage page;

    @Inject
    TraffickingCases trafficking;

    @Inject
    CodeLabels codes;

    private TraffickingView details;
    private Long expectedVersion;
    private TraffickingInput input;
    private EditConflict conflict;

    /** The counter-trafficking part of the case; read on first use only. */
    public TraffickingView getDetails() {
        if (details == null) {
            details = trafficking.details(number());
        }
        return details;
    }

    /** The damaged stored values of the counter-trafficking part, one sentence each (DamagedFields). */
    public List<String> getDamagedFields() {
        return DamagedFields.lines(getDetails().damagedFields());
    }

    /** After a save on the tab: the service's answer, and the case (its last change) as it is now. */
    public void show(TraffickingView changed) {
        details = changed;
        page.reload();
    }

    /** After a refused save elsewhere on the tab: the details as they are now. */
    public void reload() {
        details = trafficking.details(number());
        page.reload();
    }

    public String number() {
        return page.getView().number();
    }

    /** When the case was last changed, by anyone (for an {@link EditConflict}). */
    public Instant caseUpdatedAt() {
        return page.getView().updatedAt();
    }

    public void edit() {
        expectedVersion = getDetails().version();
        input = TraffickingInput.of(getDetails());
        conflict = null;
    }

    public void cancel() {
        input = null;
        conflict = null;
    }

    public void save() {
        TraffickingForm form = input.toForm();
        if (!InputProblems.validate(FORM, "", form)) {
            return;
        }
        try {
            show(trafficking.saveDetails(number(), expectedVersion, form));
            Messages.info("trafficking.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            reload();
            conflict = EditConflict.of(e, details.version() == null ? null : TraffickingInput.of(details).values(codes),
                    input.values(codes), page.getView().updatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        expectedVersion = getDetails().version();
        conflict = null;
        save();
    }

    public boolean isOpen() { return input != null; }
    public TraffickingInput getInput() { return input; }
    public EditConflict getConflict() { return conflict; }
}
