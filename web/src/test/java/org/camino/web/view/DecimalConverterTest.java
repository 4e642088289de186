package org.camino.web.view;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DecimalConverterTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void readsTheDecimalSeparatorOfTheReadersLanguage() {
        assertEquals(new BigDecimal("0.75"), DecimalConverter.parse("0.75", Locale.ENGLISH));
        assertEquals(new BigDecimal("0.75"), DecimalConverter.parse("0,75", FR));
        assertEquals(new BigDecimal("1500.5"), DecimalConverter.parse("1500,5", ES));
        assertEquals(new BigDecimal("1"), DecimalConverter.parse(" 1 ", Locale.ENGLISH));
        assertEquals(new BigDecimal("0.5"), DecimalConverter.parse(",5", FR));
    }

    @Test
    void takesTheOtherSeparatorWhenItCannotMeanThousands() {
        assertEquals(new BigDecimal("0.5"), DecimalConverter.parse("0,5", Locale.ENGLISH));
        assertEquals(new BigDecimal("0.125"), DecimalConverter.parse("0.125", ES));
        assertEquals(new BigDecimal("12.50"), DecimalConverter.parse("12.50", FR));
    }

    @Test
    void refusesWhatCouldBeAThousandsSeparatorAndWhatIsNoNumber() {
        assertNull(DecimalConverter.parse("1,500", Locale.ENGLISH));
        assertNull(DecimalConverter.parse("1.500", ES));
        assertNull(DecimalConverter.parse("1,500.25", Locale.ENGLISH));
        assertNull(DecimalConverter.parse("abc", Locale.ENGLISH));
        assertNull(DecimalConverter.parse("0.5.1", Locale.ENGLISH));
        assertNull(DecimalConverter.parse("-", Locale.ENGLISH));
        assertNull(DecimalConverter.parse("", Locale.ENGLISH));
    }

    @Test
    void writesTheNumberAsTheReaderDoes() {
        assertEquals("0.667", DecimalConverter.format(new BigDecimal("0.667"), Locale.ENGLISH));
        assertEquals("0,667", DecimalConverter.format(new BigDecimal("0.667"), FR));
        assertEquals("1500", DecimalConverter.format(new BigDecimal("1.5E3"), ES));
        assertEquals("", DecimalConverter.format(null, ES));
    }
}
