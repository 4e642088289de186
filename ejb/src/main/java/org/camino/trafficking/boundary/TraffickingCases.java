package org.camino.trafficking.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.cases.boundary.Reading;
import org.camino.cases.control.FormValues;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.ProgrammeCases;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;
import org.camino.trafficking.boundary.TraffickingView.EventView;
import org.camino.trafficking.boundary.TraffickingView.ReferralView;
import org.camino.trafficking.boundary.TraffickingView.SupportPlanItemView;
import org.camino.trafficking.control.TraffickingStatistics;
import org.camino.trafficking.entity.Referral;
import org.camino.trafficking.entity.SupportPlanItem;
import org.camino.trafficking.entity.TraffickingDetails;
import org.camino.trafficking.entity.TraffickingEvent;

import java.util.List;
import java.util.Optional;

/**
 * The counter-trafficking part of victim-assistance cases (HTCDS v2.0).
 * Only holders of {@code case:*:trafficking:<mission>} get past
 * {@link ProgrammeCases}: for anyone else these cases do not exist.
 */
@Stateless
@Guarded
public class TraffickingCases {

    private static final String DETAILS = "The trafficking details";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCases cases;

    @Inject
    CaseStatistics statistics;

    @Inject
    TraffickingStatistics traffickingStatistics;

    @Inject
    TraffickingChecks checks;


    @ScopedAccess("case:read on the counter-trafficking case")
    public TraffickingView details(String number) {
        return view(cases.read(number, CaseType.CTA));
    }

    /** Creates the victim context on the first save (expected version null), then changes it. */
    @ScopedAccess("case:update on the counter-trafficking case")
    public TraffickingView saveDetails(String number, Long expectedVersion, @NotNull @Valid TraffickingForm form) {
        CaseFile caseFile = cases.update(number, CaseType.CTA);
        Optional<TraffickingDetails> stored = cases.details(TraffickingDetails.class, caseFile, expectedVersion, DETAILS);
        InvalidInputException.throwIfAny(problems -> checks.details(form, problems));
        TraffickingDetails details = stored.orElseGet(() -> new TraffickingDetails(caseFile));
        details.setTraffickingStatus(FormValues.blankToNull(form.traffickingStatus()));
        details.setStatusDecidedBy(FormValues.blankToNull(form.statusDecidedBy()));
        details.setExploitationTypes(FormValues.distinct(form.exploitationTypes()));
        details.setForcedLabourIndustry(FormValues.blankToNull(form.forcedLabourIndustry()));
        details.setSexExploitationTypes(FormValues.distinct(form.sexExploitationTypes()));
        details.setControlMethods(FormValues.distinct(form.controlMethods()));
        details.setRecruitmentMethods(FormValues.distinct(form.recruitmentMethods()));
        details.setRelationshipToTrafficker(FormValues.blankToNull(form.relationshipToTrafficker()));
        details.setNarrative(FormValues.blankToNull(form.narrative()));
        cases.keepNew(details);
        return saved(caseFile, DETAILS);
    }

    @ScopedAccess("case:update on the counter-trafficking case")
    public TraffickingView addEvent(String number, @NotNull @Valid TraffickingEventForm form) {
        CaseFile caseFile = cases.update(number, CaseType.CTA);
        InvalidInputException.throwIfAny(problems -> checks.event(form, problems));
        TraffickingEvent event = new TraffickingEvent(caseFile, form.type(), FormValues.blankToNull(form.country()),
                form.startDate(), form.endDate(), FormValues.blankToNull(form.description()));
        em.persist(event);
        traffickingStatistics.event(statistics, caseFile, event);
        return saved(caseFile, "An event");
    }

    /** Corrects an event (a wrong date or country); refused if it changed since it was read. */
    @ScopedAccess("case:update on the counter-trafficking case")
    public TraffickingView updateEvent(String number, long eventId, long expectedVersion,
                                       @NotNull @Valid TraffickingEventForm form) {
        CaseFile caseFile = cases.update(number, CaseType.CTA);
        TraffickingEvent event = cases.part(TraffickingEvent.class, eventId, expectedVersion, caseFile, "Event");
        InvalidInputException.throwIfAny(problems -> checks.event(form, problems));
        event.change(form.type(), FormValues.blankToNull(form.country()), form.startDate(), form.endDate(),
                FormValues.blankToNull(form.description()));
        traffickingStatistics.event(statistics, caseFile, event);
        return saved(caseFile, "An event");
    }

    @ScopedAccess("case:read on the counter-trafficking case")
    public List<EventView> events(String number) {
        return eventsOf(cases.read(number, CaseType.CTA), new Reading()); // each event names its damaged values
    }

    @ScopedAccess("case:update on the counter-trafficking case")
    public TraffickingView addSupportPlanItem(String number, @NotNull @Valid SupportPlanItemForm form) {
        CaseFile caseFile = cases.update(number, CaseType.CTA);
        InvalidInputException.throwIfAny(problems -> checks.supportPlanItem(form, problems));
        SupportPlanItem item = new SupportPlanItem(caseFile);
        apply(form, item);
        em.persist(item);
        traffickingStatistics.supportItem(statistics, caseFile, item);
        return saved(caseFile, "A support plan item");
    }

    /** Changes a support plan item (typically to record its actual end); refused if it changed since it was read. */
    @ScopedAccess("case:update on the counter-trafficking case")
    public TraffickingView updateSupportPlanItem(String number, long itemId, long expectedVersion,
                                                 @NotNull @Valid SupportPlanItemForm form) {
        CaseFile caseFile = cases.update(number, CaseType.CTA);
        SupportPlanItem item = cases.part(SupportPlanItem.class, itemId, expectedVersion, caseFile, "Support plan item");
        InvalidInputException.throwIfAny(problems -> checks.supportPlanItem(form, problems));
        apply(form, item);
        traffickingStatistics.supportItem(statistics, caseFile, item);
        return saved(caseFile, "A support plan item");
    }

    @ScopedAccess("case:read on the counter-trafficking case")
    public List<SupportPlanItemView> supportPlan(String number) {
        return supportPlanOf(cases.read(number, CaseType.CTA));
    }

    @ScopedAccess("case:update on the counter-trafficking case")
    public TraffickingView addReferral(String number, @NotNull @Valid ReferralForm form) {
        CaseFile caseFile = cases.update(number, CaseType.CTA);
        InvalidInputException.throwIfAny(problems -> checks.referral(form, problems));
        em.persist(new Referral(caseFile, form.direction(), FormValues.blankToNull(form.organisationType()),
                FormValues.blankToNull(form.reason()), form.referredOn(), FormValues.blankToNull(form.note())));
        return saved(caseFile, "A referral");
    }

    @ScopedAccess("case:read on the counter-trafficking case")
    public List<ReferralView> referrals(String number) {
        return referralsOf(cases.read(number, CaseType.CTA), new Reading()); // each referral names its damaged values
    }

    private static void apply(SupportPlanItemForm form, SupportPlanItem item) {
        item.setPlanType(form.type());
        item.setPlannedEndDate(form.plannedEndDate());
        item.setActualEndDate(form.actualEndDate());
    }

    private TraffickingView saved(CaseFile caseFile, String what) {
        cases.saved(caseFile, what);
        return view(caseFile);
    }

    private TraffickingView view(CaseFile caseFile) {
        Reading read = new Reading();
        return TraffickingView.of(caseFile, em.find(TraffickingDetails.class, caseFile.getId()), eventsOf(caseFile, read),
                supportPlanOf(caseFile), referralsOf(caseFile, read), read);
    }

    private List<EventView> eventsOf(CaseFile caseFile, Reading read) {
        return em.createQuery("select e from TraffickingEvent e where e.caseFile = :c order by e.startDate nulls last, e.id",
                TraffickingEvent.class).setParameter("c", caseFile).getResultStream().map(e -> EventView.of(e, read)).toList();
    }

    private List<SupportPlanItemView> supportPlanOf(CaseFile caseFile) {
        return em.createQuery("select s from SupportPlanItem s where s.caseFile = :c order by s.id", SupportPlanItem.class)
                .setParameter("c", caseFile).getResultStream().map(SupportPlanItemView::of).toList();
    }

    private List<ReferralView> referralsOf(CaseFile caseFile, Reading read) {
        return em.createQuery("select r from TraffickingReferral r where r.caseFile = :c order by r.referredOn, r.id",
                Referral.class).setParameter("c", caseFile).getResultStream().map(r -> ReferralView.of(r, read)).toList();
    }
}
