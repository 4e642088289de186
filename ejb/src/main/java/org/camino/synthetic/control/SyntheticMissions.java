package org.camino.synthetic.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The active missions synthetic cases are spread over. */
@Stateless
public class SyntheticMissions {

    @PersistenceContext
    EntityManager em;

    public List<SyntheticMission> active() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, code, country from mission where active order by code")
                .getResultList();
        return rows.stream().map(r -> new SyntheticMission(((Number) r[0]).longValue(), (String) r[1],
                ((String) r[2]).trim())).toList();
    }
}
