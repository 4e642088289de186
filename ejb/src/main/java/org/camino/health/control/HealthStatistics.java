package org.camino.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.control.StatisticalDerivation;
import org.camino.cases.control.StatisticalParts;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.health.entity.HealthAssessment;
import org.camino.platform.statistics.StatisticalEventType;

/**
 * The statistical record of a migration health assessment: month assessed,
 * receiving country and the coded outcome (fit, fit with conditions, unfit,
 * deferred). Never a finding, a TB class, a note or the physician.
 */
@ApplicationScoped
public class HealthStatistics implements StatisticalParts {

    public void assessment(CaseStatistics statistics, CaseFile caseFile, HealthAssessment assessment) {
        // the assessment's id is its case's (one per case)
        statistics.part(caseFile, StatisticalEventType.HEALTH_ASSESSMENT, "health_assessment", caseFile.getId(),
                assessment.getAssessedOn(), assessment.getOutcome(), assessment.getReceivingCountry());
    }

    @Override
    public void deriveAll(StatisticalDerivation.Chunk chunk) {
        // the assessment's id is its case's (one per case)
        chunk.eachRow(CaseType.MHA, "select case_id, assessed_on, outcome, receiving_country from health_assessment"
                + " where case_id = any(?) order by case_id", row -> chunk.part(row.getLong(1),
                StatisticalEventType.HEALTH_ASSESSMENT, "health_assessment", row.getLong(1),
                StatisticalDerivation.Chunk.date(row, 2), row.getString(3), row.getString(4)));
    }
}
