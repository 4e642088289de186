package org.camino.security.control;

import org.camino.crypto.LogSeal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chain of the access log, in one place: how an entry's hash is computed,
 * and a checker that reads entries in order and stops at the first one that
 * does not fit. Used by the application ({@link AccessLog#verify}) and by the
 * command-line check ({@link AccessLogCommand}).
 * <p>
 * Two versions: entries written before migration V21 are {@link #UNKEYED}
 * (plain SHA-256, which anyone who can write the database can recompute);
 * entries after it are {@link #KEYED}, an HMAC under the access-log key
 * ({@link LogSeal}). Versions never go back: an unkeyed entry after a keyed
 * one is a forgery. What a key alone cannot show (a whole log rewritten as
 * unkeyed, or the tail cut off) the anchors show: (seq, hash) pairs kept
 * outside the database, which must match the row at that seq.
 */
public final class AccessLogChain {

    public static final String GENESIS = "0".repeat(64);
    public static final int UNKEYED = 1;
    public static final int KEYED = 2;

    /** One stored entry, as read back. */
    public record Entry(long seq, int version, Instant at, String username, String event, String target,
                        String address, String detail, String prevHash, String hash) {
    }

    /** The hash of entry {@code seq} as seen outside the database; {@code source} says where (for messages). */
    public record Anchor(long seq, String hash, String source) {
    }

    /**
     * The outcome: intact, or the first entry that does not fit and why; {@code head} is the last entry that
     * was checked (null for an empty log), {@code anchorsChecked} how many anchors matched.
     */
    public record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem,
                               Anchor head, int anchorsChecked) {
    }

    /** Feed entries in seq order; stop feeding once {@link #accept} returns false. */
    public static final class Checker {
        private final LogSeal seal;
        private final TreeMap<Long, Anchor> anchors = new TreeMap<>();
        private String expectedPrev = GENESIS;
        private long expectedSeq = 1;
        private int lastVersion = UNKEYED;
        private long checked;
        private int anchorsChecked;
        private Anchor head;
        private Verification broken;

        /**
         * @param seal    the access-log key (keyed entries cannot be checked without it)
         * @param anchors hashes recorded outside the database; two anchors for one seq must agree
         */
        public Checker(LogSeal seal, Collection<Anchor> anchors) {
            this.seal = seal;
            for (Anchor anchor : anchors) {
                Anchor other = this.anchors.putIfAbsent(anchor.seq(), anchor);
                if (other != null && !other.hash().equalsIgnoreCase(anchor.hash()) && broken == null) {
                    broken = new Verification(false, 0, anchor.seq(), "the anchors of entry " + anchor.seq() + " from "
                            + other.source() + " and " + anchor.source() + " disagree", null, 0);
                }
            }
        }

        public boolean accept(Entry e) {
            if (broken != null) {
                return false;
            }
            String problem = null;
            if (e.seq() != expectedSeq) {
                fail(Math.min(e.seq(), expectedSeq), "entry " + expectedSeq + " is missing (next entry is " + e.seq() + ")");
                return false;
            } else if (!expectedPrev.equals(e.prevHash())) {
                problem = "entry " + e.seq() + " does not follow the entry before it";
            } else if (e.version() < lastVersion) {
                problem = "entry " + e.seq() + " is unkeyed after keyed entries (the log was rewritten without the key)";
            } else if (e.version() != UNKEYED && e.version() != KEYED) {
                problem = "entry " + e.seq() + " has an unknown chain version " + e.version();
            } else if (!fits(e)) {
                problem = "entry " + e.seq() + " was changed after it was written";
            } else if (anchors.containsKey(e.seq()) && !anchors.get(e.seq()).hash().equalsIgnoreCase(e.hash())) {
                problem = "entry " + e.seq() + " differs from its anchor in " + anchors.get(e.seq()).source()
                        + " (the log was rewritten from this entry or before it)";
            }
            if (problem != null) {
                fail(e.seq(), problem);
                return false;
            }
            if (anchors.containsKey(e.seq())) {
                anchorsChecked++;
            }
            expectedPrev = e.hash();
            expectedSeq = e.seq() + 1;
            lastVersion = e.version();
            head = new Anchor(e.seq(), e.hash(), "the database");
            checked++;
            return true;
        }

        public Verification result() {
            if (broken != null) {
                return broken;
            }
            Map.Entry<Long, Anchor> beyond = anchors.higherEntry(expectedSeq - 1);
            if (beyond != null) {
                return new Verification(false, checked, expectedSeq, "the log ends at entry " + (expectedSeq - 1)
                        + " but " + beyond.getValue().source() + " holds an anchor of entry " + beyond.getKey()
                        + " (entries were removed from the end)", head, anchorsChecked);
            }
            return new Verification(true, checked, null, null, head, anchorsChecked);
        }

        private boolean fits(Entry e) {
            String canonical = canonical(e.prevHash(), e.seq(), e.at(), e.username(), e.event(), e.target(), e.address(),
                    e.detail());
            if (e.version() == UNKEYED) {
                return sha256(canonical).equals(e.hash());
            }
            if (seal == null) {
                throw new IllegalStateException("Keyed entries cannot be checked without the access-log key");
            }
            return seal.matches(canonical, e.hash());
        }

        private void fail(long seq, String problem) {
            broken = new Verification(false, checked, seq, problem, head, anchorsChecked);
        }
    }

    private AccessLogChain() {
    }

    /** The hash of a keyed entry (what {@link AccessLog#record} writes). */
    public static String seal(LogSeal seal, String prevHash, long seq, Instant at, String username, String event,
                              String target, String address, String detail) {
        return seal.seal(canonical(prevHash, seq, at, username, event, target, address, detail));
    }

    /** The hash of an unkeyed entry (written before migration V21; still checked). */
    public static String hash(String prevHash, long seq, Instant at, String username, String event, String target,
                              String address, String detail) {
        return sha256(canonical(prevHash, seq, at, username, event, target, address, detail));
    }

    private static String canonical(String prevHash, long seq, Instant at, String username, String event, String target,
                                    String address, String detail) {
        return String.join("\u001f", prevHash, Long.toString(seq), at.toString(), nullSafe(username),
                event, nullSafe(truncate(target, 200)), nullSafe(truncate(address, 64)), nullSafe(truncate(detail, 500)));
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }
}
