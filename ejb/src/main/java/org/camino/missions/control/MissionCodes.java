package org.camino.missions.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether a mission code names a mission: the one check every area makes before acting on a code. */
@Stateless
public class MissionCodes {

    @PersistenceContext
    EntityManager em;

    /** Exact code (callers normalise case first: codes are stored in capitals). */
    public boolean exists(String code) {
        return code != null && em.createQuery("select count(m) from Mission m where m.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }
}
