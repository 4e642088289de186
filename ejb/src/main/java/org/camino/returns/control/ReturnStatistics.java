package org.camino.returns.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.StatisticalDerivation;
import org.camino.cases.control.StatisticalParts;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.returns.entity.MonitoringVisit;
import org.camino.returns.entity.ReintegrationAssistance;

import java.time.LocalDate;

/** The statistical records of AVRR: each reintegration assistance item (month delivered, else planned) and monitoring visit. */
@ApplicationScoped
public class ReturnStatistics implements StatisticalParts {

    public void assistance(CaseStatistics statistics, CaseFile caseFile, ReintegrationAssistance item) {
        statistics.part(caseFile, StatisticalEventType.REINTEGRATION_ASSISTANCE, "assistance", item.getId(),
                on(item.getDeliveredOn(), item.getPlannedOn()), item.getAssistanceType(), null);
    }

    public void visit(CaseStatistics statistics, CaseFile caseFile, MonitoringVisit visit) {
        statistics.part(caseFile, StatisticalEventType.MONITORING_VISIT, "monitoring_visit", visit.getId(),
                visit.getVisitedOn(), visit.getVisit(), null);
    }

    /** An assistance item counts in the month it was delivered, else in the month it is planned for. */
    static LocalDate on(LocalDate deliveredOn, LocalDate plannedOn) {
        return deliveredOn != null ? deliveredOn : plannedOn;
    }

    @Override
    public void deriveAll(StatisticalDerivation.Chunk chunk) {
        chunk.eachRow(CaseType.AVR, "select case_id, id, delivered_on, planned_on, assistance_type"
                + " from reintegration_assistance where case_id = any(?) order by id", row -> chunk.part(row.getLong(1),
                StatisticalEventType.REINTEGRATION_ASSISTANCE, "assistance", row.getLong(2),
                on(StatisticalDerivation.Chunk.date(row, 3), StatisticalDerivation.Chunk.date(row, 4)), row.getString(5), null));
        chunk.eachRow(CaseType.AVR, "select case_id, id, visited_on, visit from monitoring_visit"
                + " where case_id = any(?) order by id", row -> chunk.part(row.getLong(1),
                StatisticalEventType.MONITORING_VISIT, "monitoring_visit", row.getLong(2),
                StatisticalDerivation.Chunk.date(row, 3), row.getString(4), null));
    }
}
