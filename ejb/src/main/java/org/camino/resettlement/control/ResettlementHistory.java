package org.camino.resettlement.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseHistorySource;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.resettlement.entity.ResettlementDetails;
import org.camino.resettlement.entity.ResettlementStage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resettlement details and stages of a resettlement case, for its history. */
@Stateless
public class ResettlementHistory implements CaseHistorySource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Audited<?>> audited(CaseFile caseFile) {
        List<Audited<?>> audited = new ArrayList<>();
        if (caseFile.getCaseType() != CaseType.RST) {
            return audited;
        }
        audited.add(new Audited<>(ResettlementDetails.class, caseFile.getId(), "resettlement", ResettlementHistory::fields));
        em.createQuery("select s from ResettlementStage s where s.caseFile = :c", ResettlementStage.class)
                .setParameter("c", caseFile).getResultList()
                .forEach(s -> audited.add(new Audited<>(ResettlementStage.class, s.getId(), "stage " + s.getStage(),
                        ResettlementHistory::stageFields)));
        return audited;
    }

    private static Map<String, Object> fields(ResettlementDetails d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("resettlementCountry", d.getResettlementCountry());
        f.put("referralSource", d.getReferralSource());
        return f;
    }

    private static Map<String, Object> stageFields(ResettlementStage s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reachedOn", s.getReachedOn());
        return f;
    }
}
