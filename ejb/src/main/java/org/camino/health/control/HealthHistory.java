package org.camino.health.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseHistorySource;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.health.entity.HealthAssessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The health assessment of a health case, for its history: its clinical
 * fields only for holders of clinical:read, and that read is logged like
 * any other read of clinical detail.
 */
@Stateless
public class HealthHistory implements CaseHistorySource {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClinicalAccess clinicalAccess;

    @Override
    public List<Audited<?>> audited(CaseFile caseFile) {
        if (caseFile.getCaseType() != CaseType.MHA || em.find(HealthAssessment.class, caseFile.getId()) == null) {
            return List.of();
        }
        if (clinicalAccess.mayRead(caseFile)) {
            clinicalAccess.logRead(caseFile);
            return List.of(new Audited<>(HealthAssessment.class, caseFile.getId(), "health assessment",
                    HealthHistory::clinicalFields));
        }
        return List.of(new Audited<>(HealthAssessment.class, caseFile.getId(), "health assessment",
                HealthHistory::generalFields));
    }

    private static Map<String, Object> generalFields(HealthAssessment a) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("receivingCountry", a.getReceivingCountry());
        f.put("assessedOn", a.getAssessedOn());
        f.put("outcome", a.getOutcome());
        f.put("referredForTreatment", a.isReferredForTreatment());
        return f;
    }

    private static Map<String, Object> clinicalFields(HealthAssessment a) {
        Map<String, Object> f = generalFields(a);
        f.put("physician", a.getPhysician());
        f.put("findings", List.copyOf(a.getFindings()));
        f.put("tbClass", a.getTbClass());
        f.put("vaccinations", List.copyOf(a.getVaccinations()));
        f.put("outcomeDetail", a.getOutcomeDetail());
        f.put("referralNote", a.getReferralNote());
        f.put("clinicalNotes", a.getClinicalNotes());
        return f;
    }
}
