package org.camino.crypto;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NormaliserTest {

    @Test
    void namesLoseAccentsCaseAndExtraSpaces() {
        assertEquals("jose nunez", Normaliser.name("José Ñúñez"));
        assertEquals("jose nunez", Normaliser.name("  JOSE \t  NUNEZ\n"));
        assertEquals("francois muller", Normaliser.name("François Müller"));
        assertEquals("nguyen van an", Normaliser.name("Nguyễn Văn An"));
    }

    @Test
    void namesKeepWordOrderAndTreatPunctuationAsSpace() {
        assertEquals("nunez garcia jose", Normaliser.name("Ñúñez-García, José"));
        assertEquals("jean pierre", Normaliser.name("Jean-Pierre"));
        assertEquals("obrien", Normaliser.name("O'Brien"));
        assertEquals("obrien", Normaliser.name("O’Brien"));
        assertNotEquals(Normaliser.name("Ali Hassan"), Normaliser.name("Hassan Ali"));
    }

    @Test
    void lettersThatDoNotDecomposeAreSpeltOut() {
        assertEquals("strasse", Normaliser.name("Straße"));
        assertEquals("soren lukasz", Normaliser.name("Søren Łukasz"));
        assertEquals("istanbul yildiz", Normaliser.name("İstanbul Yıldız"));
        assertEquals("aeble", Normaliser.name("Æble"));
        assertEquals("οδυσσεασ", Normaliser.name("ΟΔΥΣΣΕΑΣ"), "final sigma folds like sigma");
        assertEquals("οδυσσεασ", Normaliser.name("Οδυσσέας"));
    }

    @Test
    void fullWidthFormsAndDigitsOfOtherScriptsBecomePlain() {
        assertEquals("ab123456", Normaliser.name("ＡＢ１２３４５６"));
        assertEquals("AB123456", Normaliser.documentNumber("AB-١٢٣ ٤٥٦"));
        assertEquals("+962791234567", Normaliser.phone("+٩٦٢ ٧٩ ١٢٣ ٤٥٦٧"));
    }

    @Test
    void arabicNamesLoseVowelMarksAndTatweelAndFoldLetterVariants() {
        assertEquals(Normaliser.name("محمد"), Normaliser.name("مُحَمَّد"));
        assertEquals(Normaliser.name("محمد"), Normaliser.name("محـــمد"));
        assertEquals(Normaliser.name("احمد"), Normaliser.name("أحمد"));
        assertEquals(Normaliser.name("فاطمه"), Normaliser.name("فاطمة"));
        assertEquals(Normaliser.name("مصطفي"), Normaliser.name("مصطفى"));
    }

    @Test
    void vowelSignsOfIndicScriptsAreKeptBecauseTheyTellNamesApart() {
        assertNotEquals(Normaliser.name("राम"), Normaliser.name("रम"));
        assertNotEquals(Normaliser.name("सीता"), Normaliser.name("सता"));
    }

    @Test
    void documentNumbersKeepOnlyLettersAndDigitsInUpperCase() {
        assertEquals("AB123456", Normaliser.documentNumber("AB-123 456"));
        assertEquals("AB123456", Normaliser.documentNumber("ab123456"));
        assertEquals("AB123456", Normaliser.documentNumber(" a.b/123_456 "));
    }

    @Test
    void phoneNumbersKeepDigitsAndTheInternationalPlus() {
        assertEquals("+254712345678", Normaliser.phone("+254 712 345 678"));
        assertEquals("+254712345678", Normaliser.phone("00254-712-345-678"));
        assertEquals("+254712345678", Normaliser.phone("+254 (0)712 345678"));
        assertEquals("+254712345678", Normaliser.phone("(+254) 712.345.678"));
        assertEquals("0712345678", Normaliser.phone("(0712) 345 678"));
        assertEquals("0712345678", Normaliser.phone("tel: 0712 345 678"));
        assertNotEquals(Normaliser.phone("+254712345678"), Normaliser.phone("0712345678"));
    }

    @Test
    void nullStaysNullAndNothingLeftIsEmpty() {
        assertNull(Normaliser.name(null));
        assertNull(Normaliser.documentNumber(null));
        assertNull(Normaliser.phone(null));
        assertEquals("", Normaliser.name(" - , "));
        assertEquals("", Normaliser.documentNumber("--"));
        assertEquals("", Normaliser.phone("+"));
    }
}
