package org.camino.crypto;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings of one name word that should find each other: the word as
 * written (normalised), its transliteration to Latin letters, and two sound
 * keys of that transliteration. Pure text work, no keys: {@link BlindIndex}
 * turns each of them into a keyed index.
 * <ul>
 * <li>Transliteration: ICU's {@code Any-Latin}, then đ spelt dj (Đorđević,
 *     Ђорђевић → djordjevic, as Serbian writes it without the letter), then
 *     {@code Latin-ASCII} (Иванов → ivanov, محمد → mhmd, ገብረ → gabra); ta
 *     marbuta (ة) is read as h, and the signs of ayn and hamza (ʿ ʾ) are dropped.</li>
 * <li>Sound: Double Metaphone (Apache Commons Codec), primary and alternate
 *     code, of the transliteration: Mohammed, Muhammad and Mohamed all give MHMT.</li>
 * <li>Consonants: the transliteration's consonant skeleton, for scripts that
 *     write no short vowels (Arabic, Persian, Pashto) and for Latin spellings
 *     that only differ in vowels or doubled letters: محمد, Mohamed and
 *     Muhammad all give mhmd; Somali x (ḥ) is h, Somali c before a vowel (ʿ)
 *     is dropped; kh is h, ph f, q k, dj j, ts c, z s; a final h is dropped
 *     (Fatimah, فاطمة); and the skeleton of each two adjacent words written
 *     as one (Abdul Wahid, عبدالواحد).</li>
 * </ul>
 * Beider–Morse (also in Commons Codec) was not used: it yields dozens of
 * alternatives per word, each of which would be one more stored index per
 * word, and takes about a millisecond per name.
 */
public final class NameVariants {

    /** Words beyond this many are not indexed (a name is not a text). */
    public static final int MAX_WORDS = 8;

    /** One word of a name and its spellings; {@code latin} equals {@code word} for a word already in Latin letters. */
    public record Word(String word, String latin, Set<String> sounds, String consonants) {
        /** Never the word nor its variants: they are a name, or spell it out. */
        @Override
        public String toString() {
            return "Word[...]";
        }
    }

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin"));
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private NameVariants() {
    }

    /** The words of a name with their variants; words of one letter (initials) are left out. */
    public static List<Word> of(String name) {
        List<Word> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        for (String raw : rawWords(name)) {
            String word = Normaliser.name(raw);
            if (word == null || word.codePointCount(0, word.length()) < 2 || word.contains(" ")) {
                continue;
            }
            String latin = latin(raw);
            if (latin.isEmpty()) {
                latin = word;
            }
            Set<String> sounds = new LinkedHashSet<>();
            addIfPresent(sounds, METAPHONE.doubleMetaphone(latin));
            addIfPresent(sounds, METAPHONE.doubleMetaphone(latin, true));
            String consonants = consonants(latin);
            words.add(new Word(word, latin, sounds, consonants.isEmpty() ? null : consonants));
            if (words.size() == MAX_WORDS) {
                break;
            }
        }
        return words;
    }

    /**
     * The consonant skeletons of each two adjacent words written as one:
     * Abdul Wahid is عبدالواحد, Gebre Medhin is Gebremedhin, Najib Ullah is Najibullah.
     */
    public static List<String> joinedConsonants(List<Word> words) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String both = consonants(words.get(i).latin() + words.get(i + 1).latin());
            if (both.length() >= 3) {
                joined.add(both);
            }
        }
        return joined;
    }

    /** The word in ASCII Latin letters, lower case, without ayn and hamza signs. */
    static String latin(String rawWord) {
        String latin;
        if (rawWord.chars().allMatch(c -> c < 128)) {
            latin = Normaliser.name(rawWord); // ICU leaves ASCII as it is; skipping it saves most of the cost
        } else {
            // ta marbuta is read as h (فاطمة, Fatimah), as Normaliser folds it; ICU would write t
            String latinLetters = TO_LATIN.get().transliterate(rawWord.replace('\u0629', '\u0647'));
            latin = Normaliser.name(TO_ASCII.get().transliterate(latinLetters.replace("đ", "dj").replace("Đ", "Dj")));
        }
        StringBuilder out = new StringBuilder(latin.length());
        latin.codePoints().filter(c -> c < 128 && Character.isLetterOrDigit(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The consonant skeleton of an ASCII Latin word (see the class comment). */
    static String consonants(String latin) {
        String s = latin;
        if (s.length() > 1 && s.charAt(0) == 'c' && isVowel(s.charAt(1))) {
            s = s.substring(1); // Somali c (ayn): Cabdi is Abdi
        }
        s = s.replace("dzh", "j").replace("dj", "j").replace("kh", "h").replace("ph", "f").replace("gh", "g")
                .replace("th", "t").replace("dh", "d").replace("sh", "s").replace("zh", "j").replace("ch", "c")
                .replace("ts", "c").replace('x', 'h').replace('q', 'k').replace('z', 's');
        StringBuilder out = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isVowel(c) || c == 'y' || c == 'w') {
                continue;
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == 'h') {
            out.setLength(out.length() - 1); // Fatimah, فاطمة (ftmh) and Fatima
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static void addIfPresent(Set<String> sounds, String code) {
        if (code != null && !code.isEmpty()) {
            sounds.add(code);
        }
    }

    /** The words as written: split where {@link Normaliser#name} puts a space. */
    private static List<String> rawWords(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean part = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || "'\u2019\u02bc\u2018`\u00b4\u0640".indexOf(c) >= 0;
            if (part) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
