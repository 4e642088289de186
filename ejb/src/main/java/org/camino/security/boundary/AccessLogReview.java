package org.camino.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.platform.control.SqlValues;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.AccessLogChain;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.time.Instant;
import java.util.List;

/** Administrators read the access log and check that nobody has tampered with it. */
@Stateless
@Guarded
public class AccessLogReview {

    public record Entry(long seq, Instant at, String username, String event, String target, String address, String detail) {
    }

    /** The outcome of walking the chain: intact, or where it first breaks and why. */
    public record ChainCheck(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessControl accessControl;

    @Requires("audit:verify")
    public ChainCheck verifyChain() {
        AccessLogChain.Verification result = accessLog.verify();
        accessLog.record(AccessLog.Event.CHAIN_VERIFIED, accessControl.caller().username(), "access_log",
                result.intact() ? "intact, " + result.entriesChecked() + " entries" : "BROKEN at " + result.firstBrokenSeq());
        return new ChainCheck(result.intact(), result.entriesChecked(), result.firstBrokenSeq(), result.problem());
    }

    @Requires("audit:verify")
    public List<Entry> recent(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select seq, at, username, event, target, address, detail from access_log order by seq desc limit ?1")
                .setParameter(1, Math.max(1, Math.min(limit, 1000))).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6])).toList();
    }
}
