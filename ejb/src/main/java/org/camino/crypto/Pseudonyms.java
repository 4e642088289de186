package org.camino.crypto;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pseudonyms for the central data repository: a keyed HMAC-SHA256 of a row's
 * kind and id (first 16 bytes, 32 hex characters) under a key of the mission,
 * derived from CAMINO_PSEUDONYM_KEY, a key of its own (never the field or
 * blind-index keys). HQ receives pseudonyms and never the key, so it can count
 * records of the same case or person without learning which one it is, and
 * cannot reverse a pseudonym by trying row ids.
 * <p>
 * Each mission has its own key, so the same person assisted by two missions
 * gets two unrelated pseudonyms at HQ: linking them would need a shared key.
 * Changing CAMINO_PSEUDONYM_KEY changes every pseudonym: the repository's
 * records must then be rebuilt (initial-load job) and the old ones removed.
 */
public final class Pseudonyms {

    private final byte[] key;
    private final Map<String, Mac> macs = new ConcurrentHashMap<>();

    public Pseudonyms(byte[] key) {
        if (key == null || key.length != KeyRing.KEY_BYTES) {
            throw new KeyConfigurationException("The pseudonymisation key must be " + KeyRing.KEY_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    /** The pseudonym of row {@code id} of kind {@code kind} ("case", "person", "movement"...) in the mission. */
    public String of(String mission, String kind, long id) {
        return of(mission, kind + ":" + id);
    }

    /** The pseudonym of any stable identifier of the mission (e.g. "status_change:42"). */
    public String of(String mission, String identifier) {
        Mac mac = Hkdf.copyOf(macs.computeIfAbsent(mission.toUpperCase(Locale.ROOT), this::keyedFor));
        byte[] hmac = mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hmac, 0, BlindIndex.BYTES);
    }

    private Mac keyedFor(String mission) {
        byte[] missionKey = Hkdf.expand(key, "camino pseudonym v1 mission " + mission, 32);
        try {
            return Hkdf.keyedMac(missionKey);
        } finally {
            Arrays.fill(missionKey, (byte) 0);
        }
    }
}
