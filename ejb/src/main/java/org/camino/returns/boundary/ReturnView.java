package org.camino.returns.boundary;

import org.camino.cases.boundary.CaseViews.DamagedField;
import org.camino.cases.boundary.Reading;
import org.camino.cases.entity.CaseFile;
import org.camino.returns.entity.MonitoringVisit;
import org.camino.returns.entity.ReintegrationAssistance;
import org.camino.returns.entity.ReturnDetails;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The AVRR part of a case as the boundary hands it out: the return details
 * ({@code version} null until first saved), the reintegration plan and the
 * monitoring visits. A damaged stored value (a visit's notes) is null and
 * named in {@code damagedFields}, so that the rest still shows.
 */
public record ReturnView(String caseNumber, Long version, String hostCountry, String originCountry,
                         String originRegion, String programme, String migrantCategory, List<String> returnReasons,
                         Integer monthsInHost, List<String> vulnerabilities, List<AssistanceView> assistance,
                         List<MonitoringVisitView> monitoringVisits, List<DamagedField> damagedFields) implements Serializable {

    /** An assistance item with its dimension (ECONOMIC, SOCIAL, PSYCHOSOCIAL), the parent of its type's code. */
    public record AssistanceView(long id, long version, String type, String dimension, String level,
                                 LocalDate plannedOn, LocalDate deliveredOn, BigDecimal amount, String currency) implements Serializable {
        static AssistanceView of(ReintegrationAssistance a, UnaryOperator<String> dimensionOf) {
            return new AssistanceView(a.getId(), a.getVersion(), a.getAssistanceType(),
                    dimensionOf.apply(a.getAssistanceType()), a.getAssistanceLevel(), a.getPlannedOn(),
                    a.getDeliveredOn(), a.getAmount(), a.getCurrency());
        }
    }

    /** {@code damagedFields}: this visit's values left out because they are damaged (the notes). */
    public record MonitoringVisitView(long id, String visit, LocalDate visitedOn, BigDecimal economicScore,
                                      BigDecimal socialScore, BigDecimal psychosocialScore, BigDecimal overallScore,
                                      String notes, List<DamagedField> damagedFields) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "MonitoringVisitView[id=" + id + ", visit=" + visit + ", visitedOn=" + visitedOn + "]";
        }

        static MonitoringVisitView of(MonitoringVisit v, Reading read) {
            String notes = read.of(v::getNotes, "monitoringVisit", v.getId());
            return new MonitoringVisitView(v.getId(), v.getVisit(), v.getVisitedOn(), v.getEconomicScore(),
                    v.getSocialScore(), v.getPsychosocialScore(), v.getOverallScore(), notes,
                    read.damagedOf("monitoringVisit", v.getId()));
        }
    }

    static ReturnView of(CaseFile caseFile, ReturnDetails d, List<AssistanceView> assistance,
                         List<MonitoringVisitView> visits, List<DamagedField> damaged) {
        if (d == null) {
            return new ReturnView(caseFile.getNumber(), null, null, null, null, null, null, List.of(), null, List.of(),
                    assistance, visits, damaged);
        }
        return new ReturnView(caseFile.getNumber(), d.getVersion(), d.getHostCountry(), d.getOriginCountry(),
                d.getOriginRegion(), d.getProgramme(), d.getMigrantCategory(), List.copyOf(d.getReturnReasons()),
                d.getMonthsInHost(), List.copyOf(d.getVulnerabilities()), assistance, visits, damaged);
    }
}
