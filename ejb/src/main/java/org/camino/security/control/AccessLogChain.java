package org.camino.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain of the access log, in one place: how an entry's hash is
 * computed, and a checker that reads entries in order and stops at the first
 * one that does not fit. Used by the application ({@link AccessLog#verify()})
 * and by the command-line check ({@link AccessLogCommand}).
 */
public final class AccessLogChain {

    public static final String GENESIS = "0".repeat(64);

    /** One stored entry, as read back. */
    public record Entry(long seq, Instant at, String username, String event, String target, String address,
                        String detail, String prevHash, String hash) {
    }

    /** The outcome: intact, or the first entry that does not fit and why. */
    public record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
    }

    /** Feed entries in seq order; stop feeding once {@link #broken()} is set. */
    public static final class Checker {
        private String expectedPrev = GENESIS;
        private long expectedSeq = 1;
        private long checked;
        private Verification broken;

        public boolean accept(Entry e) {
            if (e.seq() != expectedSeq) {
                broken = new Verification(false, checked, Math.min(e.seq(), expectedSeq),
                        "entry " + expectedSeq + " is missing (next entry is " + e.seq() + ")");
            } else if (!expectedPrev.equals(e.prevHash())) {
                broken = new Verification(false, checked, e.seq(), "entry " + e.seq() + " does not follow the entry before it");
            } else if (!hash(e.prevHash(), e.seq(), e.at(), e.username(), e.event(), e.target(), e.address(), e.detail())
                    .equals(e.hash())) {
                broken = new Verification(false, checked, e.seq(), "entry " + e.seq() + " was changed after it was written");
            }
            if (broken != null) {
                return false;
            }
            expectedPrev = e.hash();
            expectedSeq = e.seq() + 1;
            checked++;
            return true;
        }

        public Verification result() {
            return broken != null ? broken : new Verification(true, checked, null, null);
        }
    }

    private AccessLogChain() {
    }

    public static String hash(String prevHash, long seq, Instant at, String username, String event, String target,
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

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }
}
