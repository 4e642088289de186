package org.camino.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.platform.control.SqlValues;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.time.Instant;
import java.util.List;

/**
 * Administrators see the integrity incidents (stored values that failed their
 * integrity check, see {@code security.control.IntegrityIncidents}): where,
 * since when, how often. Nothing of the values themselves.
 */
@Stateless
@Guarded
public class IntegrityIncidentReview {

    /** One damaged value: its reference, the field and row it is in, why it is unreadable, when and how often it was read. */
    public record Incident(String reference, String field, String table, String column, String rowUuid, Long rowId,
                           String reason, Instant firstSeen, Instant lastSeen, long count) {
    }

    @PersistenceContext
    EntityManager em;

    /** The incidents last seen most recently first, at most {@code limit} (1 to 1000). */
    @Requires("admin:integrity")
    public List<Incident> recent(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select reference, field, table_name, column_name, row_uuid::text, row_id, reason, first_seen,
                               last_seen, seen_count
                          from integrity_incident order by last_seen desc, id desc limit ?1""")
                .setParameter(1, Math.max(1, Math.min(limit, 1000))).getResultList();
        return rows.stream().map(r -> new Incident((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6],
                SqlValues.instant(r[7]), SqlValues.instant(r[8]), ((Number) r[9]).longValue())).toList();
    }
}
