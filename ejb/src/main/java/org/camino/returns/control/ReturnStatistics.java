package org.camino.returns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.StatisticalParts;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.returns.entity.MonitoringVisit;
import org.camino.returns.entity.ReintegrationAssistance;

/** The statistical records of AVRR: each reintegration assistance item (month delivered, else planned) and monitoring visit. */
@ApplicationScoped
public class ReturnStatistics implements StatisticalParts {

    @PersistenceContext
    EntityManager em;

    public void assistance(CaseStatistics statistics, CaseFile caseFile, ReintegrationAssistance item) {
        statistics.part(caseFile, StatisticalEventType.REINTEGRATION_ASSISTANCE, "assistance", item.getId(),
                item.getDeliveredOn() != null ? item.getDeliveredOn() : item.getPlannedOn(), item.getAssistanceType(), null);
    }

    public void visit(CaseStatistics statistics, CaseFile caseFile, MonitoringVisit visit) {
        statistics.part(caseFile, StatisticalEventType.MONITORING_VISIT, "monitoring_visit", visit.getId(),
                visit.getVisitedOn(), visit.getVisit(), null);
    }

    @Override
    public void announceAll(CaseFile caseFile, CaseStatistics statistics) {
        if (caseFile.getCaseType() != CaseType.AVR) {
            return;
        }
        em.createQuery("select a from ReintegrationAssistance a where a.caseFile = :c order by a.id", ReintegrationAssistance.class)
                .setParameter("c", caseFile).getResultStream().forEach(item -> assistance(statistics, caseFile, item));
        em.createQuery("select v from MonitoringVisit v where v.caseFile = :c order by v.id", MonitoringVisit.class)
                .setParameter("c", caseFile).getResultStream().forEach(visit -> visit(statistics, caseFile, visit));
    }
}
