package org.camino.retention.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The state of the retention purge shared by every server on the database: a
 * claim (one run at a time, like the outbox push's), when the last run ended
 * and how many cases it purged, and the cases due. Each call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionRuns {

    /** How long a claim holds without renewal: a server killed mid-run frees it after this long. */
    static final int CLAIM_SECONDS = 120;

    @PersistenceContext
    EntityManager em;

    /** Takes the purge for this server if nobody holds it. */
    public boolean claim() {
        return em.createNativeQuery("update retention_purge_state set claimed_until = now() + make_interval(secs => "
                + CLAIM_SECONDS + ") where id = 1 and (claimed_until is null or claimed_until < now())").executeUpdate() == 1;
    }

    /** Extends the claim after each chunk, so that a long run keeps it. */
    public void renew() {
        em.createNativeQuery("update retention_purge_state set claimed_until = now() + make_interval(secs => "
                + CLAIM_SECONDS + ") where id = 1").executeUpdate();
    }

    public void release(int purged) {
        em.createNativeQuery("update retention_purge_state set claimed_until = null, last_run_at = now(), last_purged = ?1"
                + " where id = 1").setParameter(1, purged).executeUpdate();
    }

    /** Up to {@code limit} closed cases past their retention period and not purged yet, oldest id first. */
    public List<Long> due(int limit) {
        List<?> ids = em.createNativeQuery("select c.id from case_file c join retention_period r on r.case_type = c.case_type"
                        + " where c.closed_on is not null and c.closed_on + r.retention_days < current_date"
                        + " and not exists (select 1 from case_purge p where p.case_id = c.id) order by c.id limit ?1")
                .setParameter(1, limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** How many cases are due now. */
    public long dueCount() {
        return ((Number) em.createNativeQuery("select count(*) from case_file c join retention_period r"
                + " on r.case_type = c.case_type where c.closed_on is not null and c.closed_on + r.retention_days < current_date"
                + " and not exists (select 1 from case_purge p where p.case_id = c.id)").getSingleResult()).longValue();
    }
}
