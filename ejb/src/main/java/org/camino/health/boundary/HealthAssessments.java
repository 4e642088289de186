package org.camino.health.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.cases.control.FormValues;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.ProgrammeCases;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.health.control.HealthStatistics;
import org.camino.health.control.ClinicalAccess;
import org.camino.health.entity.HealthAssessment;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The migration health assessment of health cases. The case permission lets
 * one read and save the assessment; its clinical detail needs the clinical
 * permission of the case's mission as well ({@link ClinicalAccess}).
 */
@Stateless
@Guarded
public class HealthAssessments {

    private static final String ASSESSMENT = "The health assessment";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCases cases;

    @Inject
    CaseStatistics statistics;

    @Inject
    HealthStatistics healthStatistics;

    @Inject
    ClinicalAccess clinicalAccess;

    @Inject
    HealthChecks checks;


    /** The assessment; its clinical detail only with clinical:read, and then the read is logged. */
    @ScopedAccess("case:read on the health case; clinical detail needs clinical:read on its mission")
    public HealthAssessmentView details(String number) {
        return view(cases.read(number, CaseType.MHA));
    }

    /**
     * Creates the assessment on the first save (expected version null), then
     * changes it. Without clinical:update the clinical fields must be empty
     * (they are kept as stored) and the outcome unchanged; otherwise 403.
     */
    @ScopedAccess("case:update on the health case; clinical detail and outcome need clinical:update on its mission")
    public HealthAssessmentView saveDetails(String number, Long expectedVersion, @NotNull @Valid HealthAssessmentForm form) {
        CaseFile caseFile = cases.update(number, CaseType.MHA);
        Optional<HealthAssessment> stored = cases.details(HealthAssessment.class, caseFile, expectedVersion, ASSESSMENT);
        boolean clinical = clinicalAccess.mayUpdate(caseFile);
        String outcome = FormValues.blankToNull(form.outcome());
        String storedOutcome = stored.map(HealthAssessment::getOutcome).orElse(null);
        if (!clinical && (form.hasClinicalDetail() || (outcome != null && !outcome.equals(storedOutcome)))) {
            clinicalAccess.refuseUpdate(caseFile);
        }
        List<FieldProblem> problems = new ArrayList<>();
        checks.general(form, problems);
        if (clinical) {
            checks.clinical(form, problems);
        }
        InvalidInputException.throwIfAny(problems);
        HealthAssessment assessment = stored.orElseGet(() -> new HealthAssessment(caseFile));
        assessment.setReceivingCountry(FormValues.blankToNull(form.receivingCountry()));
        assessment.setAssessedOn(form.assessedOn());
        assessment.setReferredForTreatment(form.referredForTreatment());
        if (clinical) {
            applyClinical(form, assessment);
        }
        cases.keepNew(assessment);
        healthStatistics.assessment(statistics, caseFile, assessment);
        cases.saved(caseFile, ASSESSMENT);
        return view(caseFile);
    }

    private static void applyClinical(HealthAssessmentForm form, HealthAssessment assessment) {
        String outcome = FormValues.blankToNull(form.outcome());
        assessment.setOutcome(outcome);
        assessment.setOutcomeDetail(outcome == null ? null : FormValues.blankToNull(form.outcomeDetail()));
        assessment.setPhysician(FormValues.blankToNull(form.physician()));
        assessment.setFindings(FormValues.distinct(form.findings()));
        assessment.setTbClass(FormValues.blankToNull(form.tbClass()));
        assessment.setVaccinations(FormValues.distinct(form.vaccinations()));
        assessment.setReferralNote(FormValues.blankToNull(form.referralNote()));
        assessment.setClinicalNotes(FormValues.blankToNull(form.clinicalNotes()));
    }

    private HealthAssessmentView view(CaseFile caseFile) {
        HealthAssessment assessment = em.find(HealthAssessment.class, caseFile.getId());
        boolean clinical = clinicalAccess.mayRead(caseFile);
        if (clinical && assessment != null) {
            clinicalAccess.logRead(caseFile);
        }
        return HealthAssessmentView.of(caseFile, assessment, clinical);
    }
}
