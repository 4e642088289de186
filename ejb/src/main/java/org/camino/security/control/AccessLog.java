package org.camino.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.platform.control.SqlValues;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only access log. Each entry's hash covers its content and the
 * previous entry's hash, so editing, deleting or inserting a row breaks the
 * chain from that row on; {@link #verify()} finds the first broken entry.
 * Entries are written in their own transaction: a denied call that rolls
 * back still leaves its trace.
 */
@Stateless
public class AccessLog {

    public enum Event {
        LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_LOCKED, LOGOUT, ACCESS_DENIED, CASE_VIEW, SENSITIVE_CASE_VIEW,
        USER_CHANGED, PASSWORD_CHANGED, TOKEN_CREATED, TOKEN_REVOKED, CHAIN_VERIFIED,
        KEY_ROTATION_STARTED, KEY_ROTATION_RESTARTED, KEY_ROTATION_STOPPED, KEY_ROTATION_FINISHED
    }

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x43414D494E4FL; // "CAMINO": one writer of the chain at a time

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Event event, String username, String target, String detail) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        Object[] last = (Object[]) em.createNativeQuery(
                        "select seq, hash from access_log order by seq desc limit 1")
                .getResultStream().findFirst().orElse(null);
        long seq = last == null ? 1 : ((Number) last[0]).longValue() + 1;
        String prevHash = last == null ? GENESIS : (String) last[1];
        // microseconds: what PostgreSQL stores, so that the hash can be recomputed from the row
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String address = CallerContext.address();
        String hash = hash(prevHash, seq, at, username, event.name(), target, address, detail);
        em.createNativeQuery("""
                        insert into access_log (seq, at, username, event, target, address, detail, prev_hash, hash)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, seq).setParameter(2, Timestamp.from(at)).setParameter(3, username)
                .setParameter(4, event.name()).setParameter(5, truncate(target, 200))
                .setParameter(6, truncate(address, 64)).setParameter(7, truncate(detail, 500))
                .setParameter(8, prevHash).setParameter(9, hash)
                .executeUpdate();
    }

    /** The outcome of a chain check: intact, or the first entry that does not fit. */
    public record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Verification verify() {
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        int pageSize = 5000;
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select seq, at, username, event, target, address, detail, prev_hash, hash
                              from access_log where seq > ?1 order by seq limit ?2""")
                    .setParameter(1, after).setParameter(2, pageSize).getResultList();
            for (Object[] row : rows) {
                long seq = ((Number) row[0]).longValue();
                Instant at = SqlValues.instant(row[1]);
                String prevHash = (String) row[7];
                String storedHash = (String) row[8];
                if (seq != expectedSeq) {
                    return new Verification(false, checked, seq < expectedSeq ? seq : expectedSeq,
                            "entry " + expectedSeq + " is missing (next entry is " + seq + ")");
                }
                if (!expectedPrev.equals(prevHash)) {
                    return new Verification(false, checked, seq, "entry " + seq + " does not follow the entry before it");
                }
                String recomputed = hash(prevHash, seq, at, (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], (String) row[6]);
                if (!recomputed.equals(storedHash)) {
                    return new Verification(false, checked, seq, "entry " + seq + " was changed after it was written");
                }
                expectedPrev = storedHash;
                expectedSeq = seq + 1;
                checked++;
                after = seq;
            }
            if (rows.size() < pageSize) {
                return new Verification(true, checked, null, null);
            }
        }
    }

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from access_log").getSingleResult()).longValue();
    }

    static String hash(String prevHash, long seq, Instant at, String username, String event, String target,
                       String address, String detail) {
        String canonical = String.join("\u001f", prevHash, Long.toString(seq), at.toString(), nullSafe(username),
                event, nullSafe(truncate(target, 200)), nullSafe(truncate(address, 64)), nullSafe(truncate(detail, 500)));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
