package org.camino.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.cases.boundary.CaseValidation;
import org.camino.cases.boundary.CodeLists;
import org.camino.cases.control.FormValues;
import org.camino.platform.errors.InvalidInputException.FieldProblem;

import java.util.List;
import java.util.Objects;

/**
 * What Bean Validation cannot check in a health assessment: codes from their
 * lists, the outcome at the top level of HEALTH_OUTCOME and its detail under
 * it, no assessment in the future, no referral note without a referral,
 * no empty assessment.
 */
@ApplicationScoped
public class HealthChecks {

    private static final String OUTCOMES = "HEALTH_OUTCOME";

    /** An empty save names the whole assessment, as the API's body does ({@code details}). */
    static final String EMPTY_FIELD = "details";

    @Inject
    CaseValidation validation;

    @Inject
    CodeLists codes;

    public void general(HealthAssessmentForm form, List<FieldProblem> problems) {
        if (isEmpty(form)) {
            problems.add(new FieldProblem(EMPTY_FIELD, "health.assessment.empty"));
        }
        validation.country("receivingCountry", form.receivingCountry(), problems);
        FormValues.notFuture("assessedOn", form.assessedOn(), problems);
        String outcome = FormValues.blankToNull(form.outcome());
        validation.code("outcome", OUTCOMES, outcome, problems);
        if (outcome != null && codes.contains(OUTCOMES, outcome) && parentOf(outcome) != null) {
            problems.add(new FieldProblem("outcome", "health.outcome.topLevel"));
        }
    }

    public void clinical(HealthAssessmentForm form, List<FieldProblem> problems) {
        FormValues.distinct(form.findings()).forEach(f -> validation.code("findings", "HEALTH_CONDITION", f, problems));
        validation.code("tbClass", "TB_CLASS", form.tbClass(), problems);
        FormValues.distinct(form.vaccinations()).forEach(v -> validation.code("vaccinations", "VACCINE", v, problems));
        String detail = FormValues.blankToNull(form.outcomeDetail());
        if (detail != null) {
            validation.code("outcomeDetail", OUTCOMES, detail, problems);
            if (codes.contains(OUTCOMES, detail) && !Objects.equals(parentOf(detail), FormValues.blankToNull(form.outcome()))) {
                problems.add(new FieldProblem("outcomeDetail", "health.outcomeDetail.mismatch"));
            }
        }
        if (FormValues.blankToNull(form.referralNote()) != null && !form.referredForTreatment()) {
            problems.add(new FieldProblem("referralNote", "health.referralNote.withoutReferral"));
        }
    }

    /** Nothing entered at all: an assessment is not saved empty. */
    static boolean isEmpty(HealthAssessmentForm form) {
        return FormValues.blankToNull(form.receivingCountry()) == null && form.assessedOn() == null
                && FormValues.blankToNull(form.outcome()) == null && !form.referredForTreatment() && !form.hasClinicalDetail();
    }

    private String parentOf(String outcome) {
        return codes.list(OUTCOMES).stream().filter(c -> c.code().equals(outcome)).findFirst()
                .map(CodeLists.Code::parent).orElse(null);
    }
}
