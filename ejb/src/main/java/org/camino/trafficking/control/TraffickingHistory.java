package org.camino.trafficking.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseHistorySource;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.trafficking.entity.Referral;
import org.camino.trafficking.entity.SupportPlanItem;
import org.camino.trafficking.entity.TraffickingDetails;
import org.camino.trafficking.entity.TraffickingEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The victim context, events, support plan and referrals of a
 * counter-trafficking case, for its history (only CT officers get that far).
 */
@Stateless
public class TraffickingHistory implements CaseHistorySource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Audited<?>> audited(CaseFile caseFile) {
        List<Audited<?>> audited = new ArrayList<>();
        if (caseFile.getCaseType() != CaseType.CTA) {
            return audited;
        }
        audited.add(new Audited<>(TraffickingDetails.class, caseFile.getId(), "victim context", TraffickingHistory::fields));
        em.createQuery("select e from TraffickingEvent e where e.caseFile = :c", TraffickingEvent.class)
                .setParameter("c", caseFile).getResultList()
                .forEach(e -> audited.add(new Audited<>(TraffickingEvent.class, e.getId(), "event " + e.getId(),
                        TraffickingHistory::eventFields)));
        em.createQuery("select s from SupportPlanItem s where s.caseFile = :c", SupportPlanItem.class)
                .setParameter("c", caseFile).getResultList()
                .forEach(s -> audited.add(new Audited<>(SupportPlanItem.class, s.getId(), "support plan item " + s.getId(),
                        TraffickingHistory::supportFields)));
        em.createQuery("select r from TraffickingReferral r where r.caseFile = :c", Referral.class)
                .setParameter("c", caseFile).getResultList()
                .forEach(r -> audited.add(new Audited<>(Referral.class, r.getId(), "referral " + r.getId(),
                        TraffickingHistory::referralFields)));
        return audited;
    }

    private static Map<String, Object> fields(TraffickingDetails d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("traffickingStatus", d.getTraffickingStatus());
        f.put("statusDecidedBy", d.getStatusDecidedBy());
        f.put("exploitationTypes", List.copyOf(d.getExploitationTypes()));
        f.put("forcedLabourIndustry", d.getForcedLabourIndustry());
        f.put("sexExploitationTypes", List.copyOf(d.getSexExploitationTypes()));
        f.put("controlMethods", List.copyOf(d.getControlMethods()));
        f.put("recruitmentMethods", List.copyOf(d.getRecruitmentMethods()));
        f.put("relationshipToTrafficker", d.getRelationshipToTrafficker());
        f.put("narrative", d.getNarrative());
        return f;
    }

    private static Map<String, Object> eventFields(TraffickingEvent e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", e.getEventType());
        f.put("country", e.getCountry());
        f.put("startDate", e.getStartDate());
        f.put("endDate", e.getEndDate());
        f.put("description", e.getDescription());
        return f;
    }

    private static Map<String, Object> supportFields(SupportPlanItem s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", s.getPlanType());
        f.put("plannedEndDate", s.getPlannedEndDate());
        f.put("actualEndDate", s.getActualEndDate());
        return f;
    }

    private static Map<String, Object> referralFields(Referral r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("direction", r.getDirection());
        f.put("organisationType", r.getOrganisationType());
        f.put("reason", r.getReason());
        f.put("referredOn", r.getReferredOn());
        f.put("note", r.getNote());
        return f;
    }
}
