package org.camino.resettlement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.cases.boundary.CaseValidation;
import org.camino.cases.control.FormValues;
import org.camino.cases.control.ProgrammeCases;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.InvalidInputException;
import org.camino.resettlement.boundary.ResettlementView.StageView;
import org.camino.resettlement.control.StageOrder;
import org.camino.resettlement.entity.ResettlementDetails;
import org.camino.resettlement.entity.ResettlementStage;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resettlement part of resettlement cases: country, referral source, processing stages. */
@Stateless
@Guarded
public class Resettlements {

    private static final String DETAILS = "The resettlement details";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCases cases;

    @Inject
    CaseValidation validation;


    @ScopedAccess("case:read on the resettlement case")
    public ResettlementView details(String number) {
        return view(cases.read(number, CaseType.RST));
    }

    /** Creates the details on the first save (expected version null), then changes them. */
    @ScopedAccess("case:update on the resettlement case")
    public ResettlementView saveDetails(String number, Long expectedVersion, @NotNull @Valid ResettlementForm form) {
        CaseFile caseFile = cases.update(number, CaseType.RST);
        Optional<ResettlementDetails> stored = cases.details(ResettlementDetails.class, caseFile, expectedVersion, DETAILS);
        List<FieldProblem> problems = new ArrayList<>();
        validation.country("resettlementCountry", form.resettlementCountry(), problems);
        validation.code("referralSource", "RESETTLEMENT_REFERRAL_SOURCE", form.referralSource(), problems);
        InvalidInputException.throwIfAny(problems);
        ResettlementDetails details = stored.orElseGet(() -> new ResettlementDetails(caseFile));
        details.setResettlementCountry(FormValues.blankToNull(form.resettlementCountry()));
        details.setReferralSource(FormValues.blankToNull(form.referralSource()));
        cases.keepNew(details);
        cases.saved(caseFile, DETAILS);
        return view(caseFile);
    }

    /** Records that the case reached a stage on a date; a stage already recorded gets the new date. */
    @ScopedAccess("case:update on the resettlement case")
    public ResettlementView recordStage(String number, @NotNull @Valid StageForm form) {
        CaseFile caseFile = cases.update(number, CaseType.RST);
        return record(caseFile, stagesOf(caseFile), form);
    }

    /**
     * Records a stage from a form opened on a known state: a new stage
     * (expected version null) must not have been recorded meanwhile, and a
     * correction must be made on the version of the stage that was read.
     */
    @ScopedAccess("case:update on the resettlement case")
    public ResettlementView saveStage(String number, Long expectedVersion, @NotNull @Valid StageForm form) {
        CaseFile caseFile = cases.update(number, CaseType.RST);
        List<ResettlementStage> stages = stagesOf(caseFile);
        ResettlementStage stored = stages.stream().filter(s -> s.getStage().equals(form.stage())).findFirst().orElse(null);
        cases.checkVersion(stored == null ? null : stored.getVersion(), expectedVersion, "The stage", caseFile);
        return record(caseFile, stages, form);
    }

    private ResettlementView record(CaseFile caseFile, List<ResettlementStage> stages, StageForm form) {
        Map<String, LocalDate> recorded = new LinkedHashMap<>();
        stages.forEach(s -> recorded.put(s.getStage(), s.getReachedOn()));
        List<FieldProblem> problems = new ArrayList<>();
        validation.code("stage", "RESETTLEMENT_STAGE", form.stage(), problems);
        FormValues.notFuture("reachedOn", form.reachedOn(), problems);
        if (problems.isEmpty() && !StageOrder.fits(form.stage(), form.reachedOn(), recorded)) {
            problems.add(new FieldProblem("reachedOn", "resettlement.stage.order"));
        }
        InvalidInputException.throwIfAny(problems);
        ResettlementStage stage = stages.stream().filter(s -> s.getStage().equals(form.stage())).findFirst().orElse(null);
        if (stage == null) {
            stage = new ResettlementStage(caseFile, form.stage());
            stage.setReachedOn(form.reachedOn());
            em.persist(stage);
        } else {
            stage.setReachedOn(form.reachedOn());
        }
        cases.saved(caseFile, "A stage");
        return view(caseFile);
    }

    @ScopedAccess("case:read on the resettlement case")
    public List<StageView> stages(String number) {
        return stagesOf(cases.read(number, CaseType.RST)).stream().map(StageView::of).toList();
    }

    private ResettlementView view(CaseFile caseFile) {
        return ResettlementView.of(caseFile, em.find(ResettlementDetails.class, caseFile.getId()), stagesOf(caseFile));
    }

    private List<ResettlementStage> stagesOf(CaseFile caseFile) {
        return em.createQuery("select s from ResettlementStage s where s.caseFile = :c order by s.reachedOn, s.id",
                ResettlementStage.class).setParameter("c", caseFile).getResultList();
    }
}
