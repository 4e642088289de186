package org.camino.web.api;

import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParamsTest {

    private static void refusedNaming(String parameter, String key, Executable parse) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, parse);
        assertEquals(List.of(new FieldProblem(parameter, key)), refused.problems());
    }

    @Test
    void anAbsentParameterTakesItsDefault() {
        assertEquals(50, QueryParams.integer("limit", null, 50));
        assertNull(QueryParams.integer("limit", null));
        assertTrue(QueryParams.bool("descending", null, true));
        assertNull(QueryParams.date("openedFrom", null));
    }

    @Test
    void wellFormedValuesAreRead() {
        assertEquals(-3, QueryParams.integer("offset", "-3", 0), "the range is the service's to check");
        assertEquals(LocalDate.of(2026, 2, 28), QueryParams.date("openedFrom", "2026-02-28"));
        assertTrue(QueryParams.bool("assignedToMe", "true", false));
        assertFalse(QueryParams.bool("assignedToMe", "false", true));
    }

    @Test
    void aMalformedNumberIsRefusedNamingTheParameter() {
        refusedNaming("limit", QueryParams.INVALID, () -> QueryParams.integer("limit", "abc", 50));
        refusedNaming("offset", QueryParams.INVALID, () -> QueryParams.integer("offset", "99999999999999999999", 0));
        refusedNaming("limit", QueryParams.INVALID, () -> QueryParams.integer("limit", "", 50));
        refusedNaming("limit", QueryParams.INVALID, () -> QueryParams.integer("limit", "1.5"));
    }

    @Test
    void aBooleanIsOnlyTrueOrFalse() {
        for (String word : new String[] {"yes", "1", "TRUE", "False", "", "on"}) {
            refusedNaming("descending", QueryParams.INVALID, () -> QueryParams.bool("descending", word, true));
        }
    }

    @Test
    void aMalformedDateIsRefusedNamingTheParameter() {
        refusedNaming("openedFrom", "date.invalid", () -> QueryParams.date("openedFrom", "2026-99-99"));
        refusedNaming("openedTo", "date.invalid", () -> QueryParams.date("openedTo", "2026-02-30"));
        refusedNaming("openedTo", "date.invalid", () -> QueryParams.date("openedTo", "yesterday"));
    }
}
