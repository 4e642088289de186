package org.camino.trafficking.boundary;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraffickingChecksTest {

    @Test
    void aVictimContextWithNothingEnteredIsEmpty() {
        assertTrue(TraffickingChecks.isEmpty(new TraffickingForm(null, null, null, null, null, null, null, null, null)));
        assertTrue(TraffickingChecks.isEmpty(new TraffickingForm(" ", "", List.of(), "\t", Arrays.asList(" ", null),
                List.of(""), List.of(), "  ", "\n ")), "blanks are nothing");
    }

    @Test
    void anyOneFieldMakesItNotEmpty() {
        assertFalse(TraffickingChecks.isEmpty(new TraffickingForm("Victim", null, null, null, null, null, null, null, null)));
        assertFalse(TraffickingChecks.isEmpty(new TraffickingForm(null, null, List.of("ForcedLabour"), null, null, null, null, null, null)));
        assertFalse(TraffickingChecks.isEmpty(new TraffickingForm(null, null, null, null, null, null, List.of("Debt"), null, null)));
        assertFalse(TraffickingChecks.isEmpty(new TraffickingForm(null, null, null, null, null, null, null, null, "What happened")));
    }
}
