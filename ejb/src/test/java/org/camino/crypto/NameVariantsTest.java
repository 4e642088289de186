package org.camino.crypto;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameVariantsTest {

    private static final byte[] FIELD_KEY = random();
    private final BlindIndex index = new BlindIndex(new KeyRing("k1", Map.of("k1", FIELD_KEY), random()));

    @Test
    void otherScriptsAreTransliteratedToPlainLatin() {
        assertEquals("ivanov", NameVariants.latin("Иванов"));
        assertEquals("djordjevic", NameVariants.latin("Đorđević"));
        assertEquals("djordjevic", NameVariants.latin("Ђорђевић"));
        assertEquals("mhmd", NameVariants.latin("محمد"));
        assertEquals("zoe", NameVariants.latin("Zoé"));
        assertEquals("nguyen", NameVariants.latin("Nguyễn"));
    }

    @Test
    void consonantSkeletonsMeetAcrossSpellings() {
        assertEquals(NameVariants.consonants("mohamed"), NameVariants.consonants("muhammad"));
        assertEquals(NameVariants.consonants("mohamed"), NameVariants.consonants(NameVariants.latin("محمد")));
        assertEquals(NameVariants.consonants("maxamed"), NameVariants.consonants("mohamed"), "Somali x is h");
        assertEquals(NameVariants.consonants("cabdullaahi"), NameVariants.consonants("abdullahi"), "Somali c is ayn");
        assertEquals(NameVariants.consonants("fatimah"), NameVariants.consonants(NameVariants.latin("فاطمة")));
        assertFalse(NameVariants.consonants("mohamed").equals(NameVariants.consonants("ahmed")));
    }

    @Test
    void wordKeysAreKeyedAndAgreeAcrossScriptsAndSpellings() {
        assertTrue(shared("Иванов", "Ivanov").contains(BlindIndex.Spelling.TRANSLITERATION));
        assertTrue(shared("Mohammed", "Mohamed").contains(BlindIndex.Spelling.SOUND));
        assertTrue(shared("Đorđević", "Djordjevic").contains(BlindIndex.Spelling.TRANSLITERATION));
        assertTrue(shared("Evaltest", "Zoé Évaltest Mwangi").contains(BlindIndex.Spelling.WORD));
        assertTrue(shared("Abdul Wahid", "عبدالواحد").contains(BlindIndex.Spelling.CONSONANTS), "words written as one");
        assertTrue(shared("Ivanov", "Fatima").isEmpty());

        BlindIndex otherKey = new BlindIndex(new KeyRing("k1", Map.of("k1", FIELD_KEY), random()));
        Set<String> mine = index.ofNameWords("Ivanov").stream().map(BlindIndex.WordKey::key).collect(Collectors.toSet());
        assertTrue(otherKey.ofNameWords("Ivanov").stream().noneMatch(k -> mine.contains(k.key())),
                "another blind-index key gives unrelated word keys");
        assertTrue(index.ofNameWords("Ivanov").stream().allMatch(k -> k.key().matches("[0-9a-f]{16}")));
    }

    @Test
    void initialsAndEmptyNamesGiveNoKeys() {
        assertEquals(List.of(), index.ofNameWords("J."));
        assertEquals(List.of(), index.ofNameWords(" - "));
        assertEquals(List.of(), index.ofNameWords(null));
    }

    /** The spellings (of the first name's keys) under which the two names share a key. */
    private Set<BlindIndex.Spelling> shared(String a, String b) {
        Set<String> other = index.ofNameWords(b).stream().map(BlindIndex.WordKey::key).collect(Collectors.toSet());
        return index.ofNameWords(a).stream().filter(k -> other.contains(k.key())).map(BlindIndex.WordKey::spelling)
                .collect(Collectors.toSet());
    }

    private static byte[] random() {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }
}
