package org.camino.returns.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseHistorySource;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.returns.entity.MonitoringVisit;
import org.camino.returns.entity.ReintegrationAssistance;
import org.camino.returns.entity.ReturnDetails;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The return details, assistance items and monitoring visits of an AVRR case, for its history. */
@Stateless
public class ReturnHistory implements CaseHistorySource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Audited<?>> audited(CaseFile caseFile) {
        List<Audited<?>> audited = new ArrayList<>();
        if (caseFile.getCaseType() != CaseType.AVR) {
            return audited;
        }
        audited.add(new Audited<>(ReturnDetails.class, caseFile.getId(), "return", ReturnHistory::fields));
        em.createQuery("select a from ReintegrationAssistance a where a.caseFile = :c", ReintegrationAssistance.class)
                .setParameter("c", caseFile).getResultList()
                .forEach(a -> audited.add(new Audited<>(ReintegrationAssistance.class, a.getId(), "assistance " + a.getId(),
                        ReturnHistory::assistanceFields)));
        em.createQuery("select v from MonitoringVisit v where v.caseFile = :c", MonitoringVisit.class)
                .setParameter("c", caseFile).getResultList()
                .forEach(v -> audited.add(new Audited<>(MonitoringVisit.class, v.getId(), "monitoring visit " + v.getVisit(),
                        ReturnHistory::visitFields)));
        return audited;
    }

    private static Map<String, Object> fields(ReturnDetails d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("hostCountry", d.getHostCountry());
        f.put("originCountry", d.getOriginCountry());
        f.put("originRegion", d.getOriginRegion());
        f.put("programme", d.getProgramme());
        f.put("migrantCategory", d.getMigrantCategory());
        f.put("returnReasons", List.copyOf(d.getReturnReasons()));
        f.put("monthsInHost", d.getMonthsInHost());
        f.put("vulnerabilities", List.copyOf(d.getVulnerabilities()));
        return f;
    }

    private static Map<String, Object> assistanceFields(ReintegrationAssistance a) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", a.getAssistanceType());
        f.put("level", a.getAssistanceLevel());
        f.put("plannedOn", a.getPlannedOn());
        f.put("deliveredOn", a.getDeliveredOn());
        f.put("amount", a.getAmount());
        f.put("currency", a.getCurrency());
        return f;
    }

    private static Map<String, Object> visitFields(MonitoringVisit v) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visitedOn", v.getVisitedOn());
        f.put("overallScore", v.getOverallScore());
        f.put("notes", v.getNotes());
        return f;
    }
}
