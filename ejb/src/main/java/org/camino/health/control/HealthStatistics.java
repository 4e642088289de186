package org.camino.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseStatistics;
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

    @PersistenceContext
    EntityManager em;

    public void assessment(CaseStatistics statistics, CaseFile caseFile, HealthAssessment assessment) {
        // the assessment's id is its case's (one per case)
        statistics.part(caseFile, StatisticalEventType.HEALTH_ASSESSMENT, "health_assessment", caseFile.getId(),
                assessment.getAssessedOn(), assessment.getOutcome(), assessment.getReceivingCountry());
    }

    @Override
    public void announceAll(CaseFile caseFile, CaseStatistics statistics) {
        if (caseFile.getCaseType() != CaseType.MHA) {
            return;
        }
        HealthAssessment assessment = em.find(HealthAssessment.class, caseFile.getId());
        if (assessment != null) {
            assessment(statistics, caseFile, assessment);
        }
    }
}
