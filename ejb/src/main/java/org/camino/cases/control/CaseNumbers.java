package org.camino.cases.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.entity.CaseType;

/**
 * Case numbers {@code <MISSION>-<TYPE>-<YEAR>-<SEQ>}, e.g. KEN-AVR-2026-000123:
 * one counter per mission, type and year, incremented in the registering
 * transaction (the row lock serialises concurrent registrations of the same
 * counter only).
 */
@Stateless
public class CaseNumbers {

    @PersistenceContext
    EntityManager em;

    public String next(long missionId, String missionCode, CaseType type, int year) {
        return format(missionCode, type, year, reserve(missionId, type, year, 1));
    }

    /**
     * Reserves {@code count} consecutive numbers of one counter in one
     * statement (bulk creation: one UPDATE per block, not per case).
     *
     * @return the first sequence number of the block
     */
    public long reserve(long missionId, CaseType type, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        long last = ((Number) em.createNativeQuery("""
                        insert into case_counter (mission_id, case_type, year, last_seq) values (?1, ?2, ?3, ?4)
                        on conflict (mission_id, case_type, year) do update set last_seq = case_counter.last_seq + ?4
                        returning last_seq""")
                .setParameter(1, missionId).setParameter(2, type.name()).setParameter(3, year).setParameter(4, count)
                .getSingleResult()).longValue();
        return last - count + 1;
    }

    /**
     * {@link #reserve} in a transaction of its own, committed at once: for
     * bulk chunks written side by side, which would otherwise hold the
     * counters locked (and wait for each other, and for registrations) until
     * they commit. A chunk that fails afterwards leaves a gap in the numbers.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserveApart(long missionId, CaseType type, int year, int count) {
        return reserve(missionId, type, year, count);
    }

    public static String format(String missionCode, CaseType type, int year, long seq) {
        return "%s-%s-%d-%06d".formatted(missionCode, type.name(), year, seq);
    }
}
