package org.camino.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.crypto.UnreadableValue;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Records integrity incidents: a stored value that failed its integrity check
 * (altered, moved from another row or column, or under a removed key). One
 * incident per damaged value, however often and by whomever it is read: the
 * first sighting creates it and goes into the access log as a security event;
 * later ones only move its last-seen time and count. The reference
 * ({@code INC-XXXXXXXX}) is what pages and the API show in place of the value,
 * and what administrators find on their integrity page.
 * <p>
 * Its own transaction: the reading request may fail or roll back, the record stays.
 */
@Stateless
public class IntegrityIncidents {

    private static final Logger LOG = Logger.getLogger(IntegrityIncidents.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base32 without I, L, O, U: read aloud over a phone without confusion. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    /** Table names come from field labels, which come from the entities; checked anyway before use in SQL. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** What a sighting did: the incident's reference, and whether it was the first sighting. */
    public record Sighting(String reference, boolean first) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessControl accessControl;

    /** Called for every unreadable value an entity meets; gives the exception its incident reference. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onUnreadableValue(@Observes UnreadableValue value) {
        Sighting sighting = record(value);
        value.exception().recordedAs(sighting.reference());
        if (sighting.first()) {
            String field = value.field();
            LOG.severe("Integrity incident " + sighting.reference() + ": a value of " + field + " (row " + value.row()
                    + ") failed its integrity check (" + value.reason() + ")");
            accessLog.record(AccessLog.Event.INTEGRITY_INCIDENT,
                    accessControl.callerIfAny().map(CaminoPrincipal::username).orElse(null),
                    field + " row " + value.row(), sighting.reference() + " " + value.reason());
        }
    }

    Sighting record(UnreadableValue value) {
        String field = value.field();
        int dot = field.indexOf('.');
        String table = dot < 0 ? field : field.substring(0, dot);
        String column = dot < 0 ? "" : field.substring(dot + 1);
        // the row's primary key, for administrators to find it (null if the row is gone)
        String key = IDENTIFIER.matcher(table).matches() ? primaryKeyColumn(table) : null;
        String rowId = key != null ? "(select " + key + " from " + table + " where uuid = ?5)" : "null";
        Object[] row = (Object[]) em.createNativeQuery("""
                        insert into integrity_incident (reference, field, table_name, column_name, row_uuid, row_id,
                                                        value_hash, reason, first_seen, last_seen)
                        values (?1, ?2, ?3, ?4, ?5, %s, ?6, ?7, now(), now())
                        on conflict (field, row_uuid, value_hash)
                        do update set last_seen = now(), seen_count = integrity_incident.seen_count + 1
                        returning reference, (xmax = 0)""".formatted(rowId))
                .setParameter(1, newReference()).setParameter(2, field).setParameter(3, table).setParameter(4, column)
                .setParameter(5, UUID.fromString(value.row())).setParameter(6, value.valueHash())
                .setParameter(7, value.reason())
                .getSingleResult();
        return new Sighting((String) row[0], Boolean.TRUE.equals(row[1]));
    }

    /**
     * The single-column primary key of a table ({@code id} mostly, {@code case_id} for the programme
     * details kept one per case), or null: an incident must be recorded whatever the table looks like.
     */
    private String primaryKeyColumn(String table) {
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("""
                        select a.attname::text from pg_index i
                          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                         where i.indrelid = to_regclass(?1) and i.indisprimary""")
                .setParameter(1, table).getResultList();
        return columns.size() == 1 && IDENTIFIER.matcher(columns.get(0)).matches() ? columns.get(0) : null;
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder("INC-");
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
