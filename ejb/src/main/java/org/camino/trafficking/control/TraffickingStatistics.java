package org.camino.trafficking.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.StatisticalDerivation;
import org.camino.cases.control.StatisticalParts;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.trafficking.entity.SupportPlanItem;
import org.camino.trafficking.entity.TraffickingEvent;

import java.time.LocalDate;

/**
 * The statistical records of counter-trafficking: each event (type, country,
 * month it began) and support plan item (type, month it ended or is planned
 * to). Never the description, which is free text.
 */
@ApplicationScoped
public class TraffickingStatistics implements StatisticalParts {

    public void event(CaseStatistics statistics, CaseFile caseFile, TraffickingEvent event) {
        statistics.part(caseFile, StatisticalEventType.TRAFFICKING_EVENT, "trafficking_event", event.getId(),
                event.getStartDate(), event.getEventType(), event.getCountry());
    }

    public void supportItem(CaseStatistics statistics, CaseFile caseFile, SupportPlanItem item) {
        statistics.part(caseFile, StatisticalEventType.SUPPORT_ITEM, "support_item", item.getId(),
                on(item.getActualEndDate(), item.getPlannedEndDate()), item.getPlanType(), null);
    }

    /** A support item counts in the month it ended, else in the month it is planned to. */
    static LocalDate on(LocalDate actualEndDate, LocalDate plannedEndDate) {
        return actualEndDate != null ? actualEndDate : plannedEndDate;
    }

    @Override
    public void deriveAll(StatisticalDerivation.Chunk chunk) {
        chunk.eachRow(CaseType.CTA, "select case_id, id, start_date, event_type, country from trafficking_event"
                + " where case_id = any(?) order by id", row -> chunk.part(row.getLong(1),
                StatisticalEventType.TRAFFICKING_EVENT, "trafficking_event", row.getLong(2),
                StatisticalDerivation.Chunk.date(row, 3), row.getString(4), row.getString(5)));
        chunk.eachRow(CaseType.CTA, "select case_id, id, actual_end_date, planned_end_date, plan_type"
                + " from support_plan_item where case_id = any(?) order by id", row -> chunk.part(row.getLong(1),
                StatisticalEventType.SUPPORT_ITEM, "support_item", row.getLong(2),
                on(StatisticalDerivation.Chunk.date(row, 3), StatisticalDerivation.Chunk.date(row, 4)), row.getString(5), null));
    }
}
