package org.camino.security.control;

import org.camino.crypto.LogSeal;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessLogChainTest {

    private static final Instant T0 = Instant.parse("2026-12-07T05:00:00Z");
    private final LogSeal seal = new LogSeal(randomSecret());

    @Test
    void aKeyedChainVerifies() {
        List<AccessLogChain.Entry> log = new ArrayList<>();
        append(log, 20, AccessLogChain.KEYED, seal);
        AccessLogChain.Verification result = verify(log, seal, List.of());
        assertTrue(result.intact(), result.problem());
        assertEquals(20, result.entriesChecked());
        assertEquals(20, result.head().seq());
        assertEquals(log.get(19).hash(), result.head().hash());
    }

    @Test
    void anOldUnkeyedPrefixFollowedByAKeyedSuffixVerifies() {
        List<AccessLogChain.Entry> log = new ArrayList<>();
        append(log, 10, AccessLogChain.UNKEYED, null);
        append(log, 10, AccessLogChain.KEYED, seal);
        assertTrue(verify(log, seal, List.of()).intact());
        assertEquals(20, verify(log, seal, List.of()).entriesChecked());
    }

    @Test
    void aTailRewrittenWithRecomputedSha256HashesFails() {
        List<AccessLogChain.Entry> log = new ArrayList<>();
        append(log, 5, AccessLogChain.UNKEYED, null);
        append(log, 15, AccessLogChain.KEYED, seal);
        // A database writer edits entry 12 and recomputes every hash from there on, without the key.
        List<AccessLogChain.Entry> forged = new ArrayList<>(log.subList(0, 11));
        for (AccessLogChain.Entry e : log.subList(11, 20)) {
            String prev = forged.get(forged.size() - 1).hash();
            String detail = e.seq() == 12 ? "nothing to see" : e.detail();
            forged.add(new AccessLogChain.Entry(e.seq(), AccessLogChain.KEYED, e.at(), e.username(), e.event(), e.target(),
                    e.address(), detail, prev, AccessLogChain.hash(prev, e.seq(), e.at(), e.username(), e.event(),
                    e.target(), e.address(), detail)));
        }
        AccessLogChain.Verification keptVersion = verify(forged, seal, List.of());
        assertFalse(keptVersion.intact());
        assertEquals(12L, keptVersion.firstBrokenSeq());
        assertEquals(11, keptVersion.entriesChecked());

        // ... or marks the rewritten entries unkeyed, so that plain SHA-256 is what is checked
        List<AccessLogChain.Entry> downgraded = new ArrayList<>(forged.subList(0, 11));
        forged.subList(11, 20).forEach(e -> downgraded.add(withVersion(e, AccessLogChain.UNKEYED)));
        AccessLogChain.Verification result = verify(downgraded, seal, List.of());
        assertFalse(result.intact());
        assertEquals(12L, result.firstBrokenSeq());
        assertTrue(result.problem().contains("unkeyed after keyed"), result.problem());
    }

    @Test
    void aTailRewrittenUnderAGuessedKeyFails() {
        List<AccessLogChain.Entry> log = new ArrayList<>();
        append(log, 10, AccessLogChain.KEYED, seal);
        LogSeal guessed = new LogSeal(randomSecret());
        List<AccessLogChain.Entry> forged = new ArrayList<>(log.subList(0, 6));
        append(forged, 4, AccessLogChain.KEYED, guessed);
        AccessLogChain.Verification result = verify(forged, seal, List.of());
        assertFalse(result.intact());
        assertEquals(7L, result.firstBrokenSeq());
    }

    @Test
    void aWholeLogRewrittenAsUnkeyedIsCaughtByItsAnchorAtTheRightSeq() {
        List<AccessLogChain.Entry> log = new ArrayList<>();
        append(log, 4, AccessLogChain.UNKEYED, null);
        append(log, 26, AccessLogChain.KEYED, seal);
        List<AccessLogChain.Anchor> anchors = List.of(anchor(log, 10), anchor(log, 25));
        assertTrue(verify(log, seal, anchors).intact());
        assertEquals(2, verify(log, seal, anchors).anchorsChecked());

        // Rewritten from entry 18 as a consistent unkeyed chain: no key needed, so only an anchor shows it.
        List<AccessLogChain.Entry> forged = new ArrayList<>();
        append(forged, 30, AccessLogChain.UNKEYED, null);
        for (int i = 0; i < 17; i++) {
            forged.set(i, log.get(i));
        }
        rechainUnkeyed(forged, 17);
        AccessLogChain.Verification result = verify(forged, seal, anchors);
        assertFalse(result.intact());
        // entries 1..17 are the real ones; entry 18 is unkeyed after keyed, caught before the anchor at 25
        assertEquals(18L, result.firstBrokenSeq());

        List<AccessLogChain.Entry> allUnkeyed = new ArrayList<>();
        append(allUnkeyed, 30, AccessLogChain.UNKEYED, null);
        assertTrue(verify(allUnkeyed, seal, List.of()).intact(), "without anchors, a log rewritten as unkeyed looks fine");
        AccessLogChain.Verification whole = verify(allUnkeyed, seal, anchors);
        assertFalse(whole.intact());
        assertEquals(10L, whole.firstBrokenSeq());
        assertTrue(whole.problem().contains("anchor"), whole.problem());
        assertEquals(9, whole.entriesChecked());
    }

    @Test
    void aLogCutBelowAnAnchorFails() {
        List<AccessLogChain.Entry> log = new ArrayList<>();
        append(log, 12, AccessLogChain.KEYED, seal);
        AccessLogChain.Anchor last = anchor(log, 12);
        AccessLogChain.Verification result = verify(log.subList(0, 9), seal, List.of(last));
        assertFalse(result.intact());
        assertEquals(10L, result.firstBrokenSeq());
        assertTrue(result.problem().contains("removed from the end"), result.problem());
    }

    @Test
    void twoAnchorsOfOneEntryThatDisagreeAreReported() {
        List<AccessLogChain.Entry> log = new ArrayList<>();
        append(log, 3, AccessLogChain.KEYED, seal);
        AccessLogChain.Verification result = verify(log, seal, List.of(anchor(log, 2),
                new AccessLogChain.Anchor(2, "ab".repeat(32), "HQ")));
        assertFalse(result.intact());
        assertEquals(2L, result.firstBrokenSeq());
        assertNull(result.head());
    }

    @Test
    void anchorLinesAreReadFromTheAnchorFileAndFromTheServerLog() {
        String hash = "0123456789abcdef".repeat(4);
        String fileLine = AccessLogAnchors.line(T0, new AccessLogChain.Anchor(42, hash, "db"), "timer");
        String serverLogLine = "05:10:00,001 INFO  [org.camino.security.control.AccessLogAnchors] (EJB default - 3) "
                + "ACCESS LOG ANCHOR " + fileLine;
        List<AccessLogChain.Anchor> read = AccessLogAnchors.parse(List.of(fileLine, "noise seq=1", serverLogLine), "test");
        assertEquals(2, read.size());
        assertEquals(42, read.get(1).seq());
        assertEquals(hash, read.get(1).hash());
    }

    // --- helpers

    private static AccessLogChain.Verification verify(List<AccessLogChain.Entry> log, LogSeal seal,
                                                      Collection<AccessLogChain.Anchor> anchors) {
        AccessLogChain.Checker checker = new AccessLogChain.Checker(seal, anchors);
        for (AccessLogChain.Entry e : log) {
            if (!checker.accept(e)) {
                break;
            }
        }
        return checker.result();
    }

    /** Appends {@code count} entries written the way AccessLog writes them, keyed with {@code seal} or unkeyed. */
    private static void append(List<AccessLogChain.Entry> log, int count, int version, LogSeal seal) {
        for (int i = 0; i < count; i++) {
            long seq = log.size() + 1L;
            String prev = log.isEmpty() ? AccessLogChain.GENESIS : log.get(log.size() - 1).hash();
            Instant at = T0.plus(seq, ChronoUnit.SECONDS);
            String detail = "detail " + seq;
            String hash = version == AccessLogChain.KEYED
                    ? AccessLogChain.seal(seal, prev, seq, at, "user" + seq, "CASE_VIEW", "case " + seq, "127.0.0.1", detail)
                    : AccessLogChain.hash(prev, seq, at, "user" + seq, "CASE_VIEW", "case " + seq, "127.0.0.1", detail);
            log.add(new AccessLogChain.Entry(seq, version, at, "user" + seq, "CASE_VIEW", "case " + seq, "127.0.0.1",
                    detail, prev, hash));
        }
    }

    /** Recomputes the unkeyed hashes from index {@code from} on, so that the forged chain links up. */
    private static void rechainUnkeyed(List<AccessLogChain.Entry> log, int from) {
        for (int i = from; i < log.size(); i++) {
            AccessLogChain.Entry e = log.get(i);
            String prev = log.get(i - 1).hash();
            log.set(i, new AccessLogChain.Entry(e.seq(), AccessLogChain.UNKEYED, e.at(), e.username(), e.event(),
                    e.target(), e.address(), e.detail(), prev, AccessLogChain.hash(prev, e.seq(), e.at(), e.username(),
                    e.event(), e.target(), e.address(), e.detail())));
        }
    }

    private static AccessLogChain.Entry withVersion(AccessLogChain.Entry e, int version) {
        return new AccessLogChain.Entry(e.seq(), version, e.at(), e.username(), e.event(), e.target(), e.address(),
                e.detail(), e.prevHash(), e.hash());
    }

    private static AccessLogChain.Anchor anchor(List<AccessLogChain.Entry> log, long seq) {
        return new AccessLogChain.Anchor(seq, log.get((int) seq - 1).hash(), "the anchor file");
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
