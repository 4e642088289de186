package org.camino.crypto;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the ways people write the same name, document number or phone number
 * into one form, so that their blind indexes match. Deliberately forgiving:
 * a blind index that misses "José" when searching "Jose" fails the caseworker.
 * Null stays null; a value with nothing left (only spaces or dashes) becomes "".
 */
public final class Normaliser {

    /**
     * Scripts whose combining marks are accents or optional vowel signs that
     * writers often leave out. Marks in other scripts (Devanagari, Thai...)
     * are vowels that tell names apart, so they are kept.
     */
    private static final Set<Character.UnicodeScript> ACCENTED_SCRIPTS = Set.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW);

    /** Dropped inside names, so that O'Brien and OBrien are one name. */
    private static final String APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4";

    private static final Pattern TRUNK_PREFIX = Pattern.compile("\\(\\s*0\\s*\\)");

    private Normaliser() {
    }

    /** Letters and digits in order, words separated by one space: "  Ñúñez-García, José " gives "nunez garcia jose". */
    public static String name(String value) {
        if (value == null) {
            return null;
        }
        String folded = fold(value);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(c);
            } else if (APOSTROPHES.indexOf(c) < 0) {
                space = true; // Jean-Pierre, "Jean  Pierre" and "Jean Pierre" are one name
            }
        }
        return out.toString();
    }

    /** Letters and digits only, upper case: "ab-123 456" gives "AB123456". */
    public static String documentNumber(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        fold(value).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Digits only, with a leading "+" for international numbers; "00" is read
     * as "+" and the "(0)" trunk prefix is dropped: "+254 (0)712-345 678" and
     * "00254 712 345678" both give "+254712345678".
     */
    public static String phone(String value) {
        if (value == null) {
            return null;
        }
        String folded = fold(value);
        int first = 0;
        while (first < folded.length() && folded.charAt(first) != '+' && !Character.isDigit(folded.charAt(first))) {
            first++;
        }
        if (folded.startsWith("00", first)) {
            folded = "+" + folded.substring(first + 2);
            first = 0;
        }
        boolean international = first < folded.length() && folded.charAt(first) == '+';
        if (international) {
            folded = TRUNK_PREFIX.matcher(folded).replaceAll(" ");
        }
        StringBuilder digits = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isDigit).forEach(digits::appendCodePoint);
        return international && digits.length() > 0 ? "+" + digits : digits.toString();
    }

    /**
     * Compatibility decomposition (NFKD: full-width and ligature forms become
     * plain ones), accents dropped, case folded, digits of any script made
     * ASCII, and letters that do not decompose (ø, ł, æ...) spelt out.
     */
    static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                if (!ACCENTED_SCRIPTS.contains(base)) {
                    out.appendCodePoint(c);
                }
            } else if (c == '\u0640') {
                base = Character.UnicodeScript.ARABIC; // tatweel only stretches a word
            } else if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                base = Character.UnicodeScript.of(c);
                out.appendCodePoint(c);
            }
        }
        // Upper then lower case folds ß to ss and dotless ı to i.
        return spellOut(out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    }

    private static String spellOut(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> out.append(switch (c) {
            case 'ς' -> "σ"; // Java lower-cases a word-final Σ to ς
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'ħ' -> "h";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            // Arabic and Persian spellings of the same letter, as Arabic search engines fold them
            case 'ة' -> "ه";
            case 'ى', 'ی' -> "ي";
            case 'ک' -> "ك";
            default -> Character.toString(c);
        }));
        return out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
