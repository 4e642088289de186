package org.camino.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.cases.boundary.Reading;
import org.camino.cases.control.FormValues;
import org.camino.cases.control.ProgrammeCases;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.errors.InvalidInputException;
import org.camino.returns.boundary.ReturnView.AssistanceView;
import org.camino.returns.boundary.ReturnView.MonitoringVisitView;
import org.camino.returns.control.ReturnStatistics;
import org.camino.returns.entity.MonitoringVisit;
import org.camino.returns.entity.ReintegrationAssistance;
import org.camino.returns.entity.ReturnDetails;
import org.camino.returns.entity.SustainabilityScore;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.util.List;
import java.util.Optional;

/** The AVRR part of return cases: return details, reintegration assistance, monitoring visits. */
@Stateless
@Guarded
public class Returns {

    private static final String DETAILS = "The return details";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCases cases;

    @Inject
    ReturnChecks checks;

    @Inject
    CaseStatistics statistics;

    @Inject
    ReturnStatistics returnStatistics;


    @ScopedAccess("case:read on the AVRR case")
    public ReturnView details(String number) {
        return view(cases.read(number, CaseType.AVR));
    }

    /** Creates the details on the first save (expected version null), then changes them. */
    @ScopedAccess("case:update on the AVRR case")
    public ReturnView saveDetails(String number, Long expectedVersion, @NotNull @Valid ReturnForm form) {
        CaseFile caseFile = cases.update(number, CaseType.AVR);
        Optional<ReturnDetails> stored = cases.details(ReturnDetails.class, caseFile, expectedVersion, DETAILS);
        InvalidInputException.throwIfAny(problems -> checks.details(form, problems));
        ReturnDetails details = stored.orElseGet(() -> new ReturnDetails(caseFile));
        details.setHostCountry(FormValues.blankToNull(form.hostCountry()));
        details.setOriginCountry(FormValues.blankToNull(form.originCountry()));
        details.setOriginRegion(FormValues.blankToNull(form.originRegion()));
        details.setProgramme(FormValues.blankToNull(form.programme()));
        details.setMigrantCategory(FormValues.blankToNull(form.migrantCategory()));
        details.setReturnReasons(FormValues.distinct(form.returnReasons()));
        details.setMonthsInHost(form.monthsInHost());
        details.setVulnerabilities(FormValues.distinct(form.vulnerabilities()));
        cases.keepNew(details);
        return saved(caseFile, DETAILS);
    }

    @ScopedAccess("case:update on the AVRR case")
    public ReturnView addAssistance(String number, @NotNull @Valid AssistanceForm form) {
        CaseFile caseFile = cases.update(number, CaseType.AVR);
        InvalidInputException.throwIfAny(problems -> checks.assistance(form, problems));
        ReintegrationAssistance item = new ReintegrationAssistance(caseFile);
        apply(form, item);
        em.persist(item);
        returnStatistics.assistance(statistics, caseFile, item);
        return saved(caseFile, "An assistance item");
    }

    /** Changes an assistance item (typically to record its delivery); refused if it changed since it was read. */
    @ScopedAccess("case:update on the AVRR case")
    public ReturnView updateAssistance(String number, long itemId, long expectedVersion, @NotNull @Valid AssistanceForm form) {
        CaseFile caseFile = cases.update(number, CaseType.AVR);
        ReintegrationAssistance item = cases.part(ReintegrationAssistance.class, itemId, expectedVersion, caseFile,
                "Assistance item");
        InvalidInputException.throwIfAny(problems -> checks.assistance(form, problems));
        apply(form, item);
        returnStatistics.assistance(statistics, caseFile, item);
        return saved(caseFile, "An assistance item");
    }

    @ScopedAccess("case:read on the AVRR case")
    public List<AssistanceView> assistance(String number) {
        return assistanceOf(cases.read(number, CaseType.AVR));
    }

    @ScopedAccess("case:update on the AVRR case")
    public ReturnView addMonitoringVisit(String number, @NotNull @Valid MonitoringVisitForm form) {
        CaseFile caseFile = cases.update(number, CaseType.AVR);
        InvalidInputException.throwIfAny(problems -> checks.visit(form, visitsOf(caseFile), problems));
        SustainabilityScore score = new SustainabilityScore(form.economicScore(), form.socialScore(), form.psychosocialScore());
        MonitoringVisit visit = new MonitoringVisit(caseFile, form.visit(), form.visitedOn(), score,
                FormValues.blankToNull(form.notes()));
        em.persist(visit);
        returnStatistics.visit(statistics, caseFile, visit);
        return saved(caseFile, "A monitoring visit");
    }

    @ScopedAccess("case:read on the AVRR case")
    public List<MonitoringVisitView> monitoringVisits(String number) {
        Reading read = new Reading(); // each visit names its damaged values
        return visitsOf(cases.read(number, CaseType.AVR)).stream().map(v -> MonitoringVisitView.of(v, read)).toList();
    }

    private static void apply(AssistanceForm form, ReintegrationAssistance item) {
        item.setAssistanceType(form.type());
        item.setAssistanceLevel(FormValues.blankToNull(form.level()));
        item.setPlannedOn(form.plannedOn());
        item.setDeliveredOn(form.deliveredOn());
        item.setAmount(form.amount(), FormValues.blankToNull(form.currency()));
    }

    private ReturnView saved(CaseFile caseFile, String what) {
        cases.saved(caseFile, what);
        return view(caseFile);
    }

    private ReturnView view(CaseFile caseFile) {
        Reading read = new Reading();
        List<MonitoringVisitView> visits = visitsOf(caseFile).stream().map(v -> MonitoringVisitView.of(v, read)).toList();
        return ReturnView.of(caseFile, em.find(ReturnDetails.class, caseFile.getId()), assistanceOf(caseFile),
                visits, read.damaged());
    }

    private List<AssistanceView> assistanceOf(CaseFile caseFile) {
        return em.createQuery("select a from ReintegrationAssistance a where a.caseFile = :c order by a.id",
                        ReintegrationAssistance.class).setParameter("c", caseFile).getResultStream()
                .map(a -> AssistanceView.of(a, checks::dimensionOf)).toList();
    }

    private List<MonitoringVisit> visitsOf(CaseFile caseFile) {
        return em.createQuery("select v from MonitoringVisit v where v.caseFile = :c order by v.visitedOn, v.id",
                MonitoringVisit.class).setParameter("c", caseFile).getResultList();
    }
}
