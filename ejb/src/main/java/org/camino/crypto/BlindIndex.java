package org.camino.crypto;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blind indexes: a keyed HMAC-SHA256 of a normalised value, stored next to the
 * encrypted field so that "find everyone named José Núñez" is an equality
 * query, without the database ever seeing the name.
 * <p>
 * Each purpose ("name", "document-number"...) has its own key derived from
 * CAMINO_BLIND_INDEX_KEY, so the same string indexed for two purposes gives
 * two unrelated values and one index cannot be joined against another.
 * <p>
 * Output: the first 16 bytes of the HMAC as 32 lower-case hex characters.
 * 128 bits make accidental collisions negligible (the chance of any among a
 * billion indexed values is about 10^-21), so a match is a real match. The privacy
 * cost of any blind index is that equal values look equal: someone with the
 * database but not the key sees which rows share a name and how often (common
 * names stand out), but cannot compute the index of a guessed name. Shorter
 * truncation (e.g. 4 bytes) would blur that with deliberate collisions at the
 * price of false matches to filter after decryption; for exact search and
 * duplicate warnings we keep 16 bytes.
 * <p>
 * Rotating the blind-index key: the new key becomes CAMINO_BLIND_INDEX_KEY and
 * the old one CAMINO_PREVIOUS_BLIND_INDEX_KEY until the key-rotation job has
 * recomputed every stored index; meanwhile searches look for the index under
 * both ({@link #previousOrThis()}), so rows not yet recomputed are still found.
 */
public final class BlindIndex {

    public static final int BYTES = 16;
    public static final String NAME = "name";
    public static final String DOCUMENT_NUMBER = "document-number";
    public static final String PHONE = "phone";
    public static final String DUPLICATE_PERSON = "duplicate-person";
    /** What was typed as a user name at a failed sign-in, for the access log. */
    public static final String UNKNOWN_USER_NAME = "unknown-user-name";
    public static final String NAME_WORD = "name-word";
    public static final String NAME_SOUND = "name-sound";
    public static final String NAME_CONSONANTS = "name-consonants";
    /** Word keys are 8 bytes, 16 hex characters: see {@link #ofNameWords}. */
    public static final int WORD_KEY_BYTES = 8;

    /** How a word key was made from a word: see {@link NameVariants}. */
    public enum Spelling { WORD, TRANSLITERATION, SOUND, CONSONANTS }

    /** One key of one word of a name ({@code word}: its position in the name, from 0). */
    public record WordKey(int word, Spelling spelling, String key) {
    }

    private final byte[] key;
    private final BlindIndex previous;
    private final Map<String, Mac> macs = new ConcurrentHashMap<>();

    public BlindIndex(KeyRing ring) {
        this.key = ring.blindIndexKey();
        this.previous = ring.hasPreviousBlindIndexKey() ? new BlindIndex(ring.previousBlindIndexKey()) : this;
    }

    private BlindIndex(byte[] previousKey) {
        this.key = previousKey;
        this.previous = this;
    }

    /**
     * Indexes under the previous blind-index key while it is being replaced,
     * else this same object: search with both until the rotation job is done.
     * New and recomputed indexes always use the current key.
     */
    public BlindIndex previousOrThis() {
        return previous;
    }

    /** Index of a person's name, word order kept; null if there is no name. */
    public String ofName(String name) {
        return of(NAME, Normaliser.name(name));
    }

    public String ofDocumentNumber(String number) {
        return of(DOCUMENT_NUMBER, Normaliser.documentNumber(number));
    }

    public String ofPhone(String phone) {
        return of(PHONE, Normaliser.phone(phone));
    }

    /**
     * Key for "probably the same person": normalised full name plus birth
     * year. The name's words are sorted, because registrations swap given
     * and family names often (naming customs differ); a false alarm only
     * costs a caseworker a look. Null if the name or the year is missing.
     */
    public String ofDuplicatePerson(String fullName, Integer birthYear) {
        String name = Normaliser.name(fullName);
        if (name == null || name.isEmpty() || birthYear == null) {
            return null;
        }
        String[] words = name.split(" ");
        Arrays.sort(words);
        return of(DUPLICATE_PERSON, String.join(" ", words) + "|" + birthYear);
    }

    /**
     * Keys of each word of a name and of its spellings ({@link NameVariants}):
     * the word, its transliteration to Latin (under the same purpose as the
     * word, so that Иванов's transliteration meets Ivanov's word), its Double
     * Metaphone codes and its consonant skeleton (each under a purpose of
     * its own). Each key is the first {@value #WORD_KEY_BYTES} bytes of the
     * HMAC, as 16 hex characters: a person carries about ten of them, and
     * 64 bits still make an accidental collision among a million distinct
     * words about one chance in 30 million. A key that two words of the name
     * share is listed once, under its first word.
     */
    public List<WordKey> ofNameWords(String name) {
        List<WordKey> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<NameVariants.Word> words = NameVariants.of(name);
        for (int i = 0; i < words.size(); i++) {
            NameVariants.Word word = words.get(i);
            add(keys, seen, i, Spelling.WORD, of(NAME_WORD, word.word()));
            add(keys, seen, i, Spelling.TRANSLITERATION, of(NAME_WORD, word.latin()));
            for (String sound : word.sounds()) {
                add(keys, seen, i, Spelling.SOUND, of(NAME_SOUND, sound));
            }
            add(keys, seen, i, Spelling.CONSONANTS, of(NAME_CONSONANTS, word.consonants()));
        }
        List<String> joined = NameVariants.joinedConsonants(words);
        for (int i = 0; i < joined.size(); i++) {
            add(keys, seen, i, Spelling.CONSONANTS, of(NAME_CONSONANTS, joined.get(i)));
        }
        return keys;
    }

    private static void add(List<WordKey> keys, Set<String> seen, int word, Spelling spelling, String index) {
        if (index != null) {
            String key = index.substring(0, 2 * WORD_KEY_BYTES);
            if (seen.add(key)) {
                keys.add(new WordKey(word, spelling, key));
            }
        }
    }

    /**
     * Index of a value the caller has already normalised, under its own
     * purpose. Null or empty values get no index (null), so that all empty
     * fields do not "match" each other.
     */
    public String of(String purpose, String normalisedValue) {
        Objects.requireNonNull(purpose, "purpose");
        if (normalisedValue == null || normalisedValue.isEmpty()) {
            return null;
        }
        Mac mac = Hkdf.copyOf(macs.computeIfAbsent(purpose, this::keyedFor));
        byte[] hmac = mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hmac, 0, BYTES);
    }

    private Mac keyedFor(String purpose) {
        byte[] purposeKey = Hkdf.expand(key, "camino blind index v1 " + purpose, 32);
        try {
            return Hkdf.keyedMac(purposeKey);
        } finally {
            Arrays.fill(purposeKey, (byte) 0);
        }
    }
}
