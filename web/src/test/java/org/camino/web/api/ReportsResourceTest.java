package org.camino.web.api;

import org.camino.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The report parameters JAX-RS hands over as text: missions (repeated or comma-separated) and dimension:value filters. */
class ReportsResourceTest {

    @Test
    void missionsMayBeRepeatedOrCommaSeparated() {
        assertEquals(List.of("KEN", "JOR", "NER"), ReportsResource.missions(List.of("KEN,JOR", " NER ", ",")));
        assertEquals(List.of(), ReportsResource.missions(null));
    }

    @Test
    void filtersAreDimensionColonValue() {
        assertEquals(Map.of("sex", "FEMALE", "ageBand", "Y25T34"),
                ReportsResource.filters(List.of("sex:FEMALE", "ageBand: Y25T34")));
        for (String bad : Arrays.asList("sex", ":FEMALE", "sex:", "")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportsResource.filters(List.of(bad)));
            assertEquals("filter", e.problems().get(0).field(), bad);
        }
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> ReportsResource.filters(List.of("sex:FEMALE", "sex:MALE")));
        assertEquals("filter", twice.problems().get(0).field());
    }
}
