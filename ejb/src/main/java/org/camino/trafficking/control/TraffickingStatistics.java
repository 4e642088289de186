package org.camino.trafficking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.StatisticalParts;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.trafficking.entity.SupportPlanItem;
import org.camino.trafficking.entity.TraffickingEvent;

/**
 * The statistical records of counter-trafficking: each event (type, country,
 * month it began) and support plan item (type, month it ended or is planned
 * to). Never the description, which is free text.
 */
@ApplicationScoped
public class TraffickingStatistics implements StatisticalParts {

    @PersistenceContext
    EntityManager em;

    public void event(CaseStatistics statistics, CaseFile caseFile, TraffickingEvent event) {
        statistics.part(caseFile, StatisticalEventType.TRAFFICKING_EVENT, "trafficking_event", event.getId(),
                event.getStartDate(), event.getEventType(), event.getCountry());
    }

    public void supportItem(CaseStatistics statistics, CaseFile caseFile, SupportPlanItem item) {
        statistics.part(caseFile, StatisticalEventType.SUPPORT_ITEM, "support_item", item.getId(),
                item.getActualEndDate() != null ? item.getActualEndDate() : item.getPlannedEndDate(), item.getPlanType(), null);
    }

    @Override
    public void announceAll(CaseFile caseFile, CaseStatistics statistics) {
        if (caseFile.getCaseType() != CaseType.CTA) {
            return;
        }
        em.createQuery("select e from TraffickingEvent e where e.caseFile = :c order by e.id", TraffickingEvent.class)
                .setParameter("c", caseFile).getResultStream().forEach(event -> event(statistics, caseFile, event));
        em.createQuery("select i from SupportPlanItem i where i.caseFile = :c order by i.id", SupportPlanItem.class)
                .setParameter("c", caseFile).getResultStream().forEach(item -> supportItem(statistics, caseFile, item));
    }
}
