package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.camino.health.boundary.HealthAssessmentForm;
import org.camino.health.boundary.HealthAssessmentView;
import org.camino.health.boundary.HealthAssessments;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Formats;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The programme-details tab of a migration health case on /cases/view.xhtml.
 * The assessment is read once per page through {@link HealthAssessments}, so
 * that a clinical read is logged exactly as through the API, and clinical
 * detail reaches the page only when the service hands it out. Saves go
 * through the same boundary; a save on an outdated version keeps the input
 * and shows an {@link EditConflict}.
 */
@Named
@ViewScoped
public class HealthDetailsTab implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "health";
    static final String OUTCOMES = "HEALTH_OUTCOME";

    @Inject
    CaseViewPage page;

    @Inject
    HealthAssessments assessments;

    @Inject
    CodeLabels codes;

    @Inject
    Formats fmt;

    private HealthAssessmentView assessment;
    private Long expectedVersion;
    private HealthAssessmentInput input;
    private EditConflict conflict;

    /** The assessment as the service hands it to this user; read on first use only. */
    public HealthAssessmentView getAssessment() {
        if (assessment == null) {
            assessment = assessments.details(page.getView().number());
        }
        return assessment;
    }

    /** The damaged stored values of the assessment, one sentence each (DamagedFields). */
    public List<String> getDamagedFields() {
        return DamagedFields.lines(getAssessment().damagedFields());
    }

    public void edit() {
        expectedVersion = getAssessment().version();
        input = HealthAssessmentInput.of(getAssessment());
        conflict = null;
    }

    public void cancel() {
        input = null;
        conflict = null;
    }

    /** The outcome changed: a detail that belongs to another outcome no longer applies. */
    public void outcomeChanged() {
        if (input != null && !isOutcomeDetailApplies()) {
            input.setOutcomeDetail(null);
        }
    }

    public void save() {
        boolean clinical = isClinicalEditable();
        if (clinical && !isOutcomeDetailApplies()) {
            input.setOutcomeDetail(null);
        }
        HealthAssessmentForm form = input.toForm(clinical, getAssessment().outcome());
        if (!InputProblems.validate(FORM, "", form)) {
            return;
        }
        try {
            assessment = assessments.saveDetails(page.getView().number(), expectedVersion, form);
            page.reload(); // the case's last change is this save
            Messages.info("health.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            assessment = assessments.details(page.getView().number());
            page.reload();
            boolean shown = !assessment.clinicalWithheld();
            conflict = EditConflict.of(e, assessment.version() == null ? null
                            : HealthAssessmentInput.of(assessment).values(shown, codes, fmt),
                    input.values(shown, codes, fmt), page.getView().updatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        expectedVersion = getAssessment().version();
        conflict = null;
        save();
    }

    /** Clinical fields are offered only to whom the service shows them and lets change them. */
    public boolean isClinicalEditable() {
        return !getAssessment().clinicalWithheld() && SecurityUtils.getSubject().isPermitted(
                "clinical:update:" + page.getView().mission().toLowerCase(Locale.ROOT));
    }

    /** The chosen outcome has conditions to choose from (fit with conditions). */
    public boolean isOutcomeDetailApplies() {
        return input != null && !codes.under(OUTCOMES, input.getOutcome()).isEmpty();
    }

    public boolean isOpen() { return input != null; }
    public HealthAssessmentInput getInput() { return input; }
    public EditConflict getConflict() { return conflict; }
}
