package org.camino.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.camino.crypto.LogSeal;
import org.camino.platform.control.CallerContext;
import org.camino.platform.control.SqlValues;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The append-only access log. Each entry's hash is an HMAC, under the
 * access-log key, of its content and the previous entry's hash, so editing,
 * deleting or inserting a row breaks the chain from that row on, and without
 * the key nobody can recompute it; {@link #verify} finds the first broken
 * entry, also checking the anchors (hashes kept outside the database) it is
 * given. Entries are written in a transaction of their own: a denied call that
 * rolls back still leaves its trace. {@link AccessLogWriter} writes them.
 */
@Stateless
public class AccessLog {

    public enum Event {
        LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_LOCKED, LOGOUT, ACCESS_DENIED, CASE_VIEW, SENSITIVE_CASE_VIEW,
        USER_CHANGED, MISSION_CHANGED, /** An administrator changed a setting (e.g. the days expected in a workflow status). */
        SETTING_CHANGED, PASSWORD_CHANGED, TOKEN_CREATED, TOKEN_REVOKED, CHAIN_VERIFIED,
        KEY_ROTATION_STARTED, KEY_ROTATION_RESTARTED, KEY_ROTATION_STOPPED, KEY_ROTATION_FINISHED,
        NODE_CREDENTIAL_ISSUED, NODE_CREDENTIAL_REVOKED, CDR_PUSH_REQUESTED,
        /** HQ registered the public key that verifies a node's batch files. */
        NODE_SIGNING_KEY_REGISTERED,
        /** A signed batch file of a mission's unacknowledged records was exported, or imported at HQ (with its outcome). */
        CDR_FILE_EXPORTED, CDR_FILE_IMPORTED,
        /** A report was exported (CSV, XLSX, PDF): which report, filters, missions and rows. */
        REPORT_EXPORTED,
        /** A mission's case list was exported (CSV, XLSX, or XLSX encrypted with a password): the mission, the filter and the rows. */
        CASE_LIST_EXPORTED,
        /** A mission's counter-trafficking cases were exported as HTCDS v2.0 CSV: the mission, the format and the rows. */
        HTCDS_EXPORTED,
        /** A bulk import was accepted and started: the mission, the case type, the file's hash and rows, the rows skipped. */
        CASES_IMPORT_STARTED,
        /** A mission's stored monthly report was downloaded: which mission, month and format. */
        MONTHLY_REPORT_DOWNLOADED,
        /** Anonymised statistics: a release drafted, published, rejected or discarded. */
        RELEASE_DRAFTED, RELEASE_PUBLISHED, RELEASE_REJECTED, RELEASE_DISCARDED,
        /** A stored value failed its integrity check (first sighting only; see IntegrityIncidents). */
        INTEGRITY_INCIDENT,
        /** The retention purge deleted the personal data of closed cases: counts per case type, never a name. */
        CASES_PURGED,
        /** A case's consent was withdrawn: its personal data deleted, its statistical records withdrawn (reason code). */
        CONSENT_WITHDRAWN
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LogSeal seal;

    @Inject
    AccessLogWriter writer;

    /**
     * Appends an entry and returns once it is committed, in the writer's transaction, not the caller's: it
     * stays even if the caller's transaction rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void record(Event event, String username, String target, String detail) {
        writer.append(username, event.name(), target, CallerContext.address(), detail);
    }

    /** The last entry (seq and hash), what an anchor records; empty while the log is empty. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AccessLogChain.Anchor> head() {
        return em.createNativeQuery("select seq, hash from access_log order by seq desc limit 1").getResultStream()
                .findFirst().map(row -> {
                    Object[] r = (Object[]) row;
                    return new AccessLogChain.Anchor(((Number) r[0]).longValue(), (String) r[1], "the database");
                });
    }

    /** The hash of entry {@code seq}, if there is one (to compare with an anchor of it). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> hashAt(long seq) {
        return em.createNativeQuery("select hash from access_log where seq = ?1").setParameter(1, seq)
                .getResultStream().findFirst().map(hash -> ((String) hash).trim());
    }

    /** Walks the whole chain; each anchor must match the entry at its seq. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccessLogChain.Verification verify(Collection<AccessLogChain.Anchor> anchors) {
        AccessLogChain.Checker checker = new AccessLogChain.Checker(seal, anchors);
        int pageSize = 5000;
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select seq, chain_version, at, username, event, target, address, detail, prev_hash, hash
                              from access_log where seq > ?1 order by seq limit ?2""")
                    .setParameter(1, after).setParameter(2, pageSize).getResultList();
            for (Object[] r : rows) {
                AccessLogChain.Entry entry = new AccessLogChain.Entry(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                        SqlValues.instant(r[2]), (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                        (String) r[8], (String) r[9]);
                if (!checker.accept(entry)) {
                    return checker.result();
                }
                after = entry.seq();
            }
            if (rows.size() < pageSize) {
                return checker.result();
            }
        }
    }

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from access_log").getSingleResult()).longValue();
    }
}
