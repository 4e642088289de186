package org.camino.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.camino.platform.control.SqlValues;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.AccessLogAnchors;
import org.camino.security.control.AccessLogChain;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Administrators read the access log and check that nobody has tampered with it. */
@Stateless
@Guarded
public class AccessLogReview {

    public record Entry(long seq, Instant at, String username, String event, String target, String address, String detail) {
    }

    /**
     * The outcome of walking the chain: intact, or where it first breaks and why; the head (last entry checked)
     * to keep as an anchor; how many anchors (from the anchor file and the request) matched their entry.
     */
    public record ChainCheck(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem, Long headSeq,
                             String head, int anchorsChecked) {
    }

    /** An anchor kept somewhere else (server log, HQ, a note): the hash of entry {@code seq}. */
    public record Anchor(@Positive long seq, @NotNull @Pattern(regexp = "[0-9a-f]{64}") String head) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLogAnchors anchors;

    /** Checks the chain and the anchors of the anchor file. */
    @Requires("audit:verify")
    public ChainCheck verifyChain() {
        return verifyChain(List.of());
    }

    /** Checks the chain, the anchors of the anchor file and the anchors given. */
    @Requires("audit:verify")
    public ChainCheck verifyChain(@NotNull List<@Valid @NotNull Anchor> given) {
        List<AccessLogChain.Anchor> all = new ArrayList<>(anchors.recorded());
        given.forEach(a -> all.add(new AccessLogChain.Anchor(a.seq(), a.head(), "the anchors given")));
        AccessLogChain.Verification result = accessLog.verify(all);
        accessLog.record(AccessLog.Event.CHAIN_VERIFIED, accessControl.caller().username(), "access_log",
                result.intact() ? "intact, " + result.entriesChecked() + " entries, " + result.anchorsChecked() + " anchors"
                        : "BROKEN at " + result.firstBrokenSeq());
        return new ChainCheck(result.intact(), result.entriesChecked(), result.firstBrokenSeq(), result.problem(),
                result.head() == null ? null : result.head().seq(), result.head() == null ? null : result.head().hash(),
                result.anchorsChecked());
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
