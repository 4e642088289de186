package org.camino.platform.statistics;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HQ reads records strictly: every problem is refused with the field it concerns. */
class StatisticalRecordTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    private static StatisticalRecord record() {
        return new StatisticalRecord(ID, 12, "KEN", "AVR", StatisticalEventType.MOVEMENT, YearMonth.of(2026, 11),
                ID, null, "MALE", "Y25T34", "SOM", "KEN", "SOM", null, null, "DEPARTED", "3-4", false);
    }

    @Test
    void aRecordSurvivesItsJson() {
        assertEquals(record(), StatisticalRecord.fromJson(record().toJson(), "r"));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        JsonObject json = Json.createObjectBuilder(record().toJson()).add("givenName", "Amina").build();
        var e = assertThrows(StatisticalRecord.InvalidRecordException.class, () -> StatisticalRecord.fromJson(json, "records[3]"));
        assertTrue(e.getMessage().contains("records[3].givenName: unknown field"), e.getMessage());
    }

    @Test
    void malformedValuesAreRefusedByName() {
        JsonObject json = Json.createObjectBuilder(record().toJson()).add("version", 0).add("eventMonth", "2026-13")
                .add("casePseudonym", "KEN-AVR-2026-000001").add("eventType", "BIRTHDAY").add("householdSizeBand", "12")
                .build();
        var e = assertThrows(StatisticalRecord.InvalidRecordException.class, () -> StatisticalRecord.fromJson(json, "r"));
        for (String field : new String[] {"r.version", "r.eventMonth", "r.casePseudonym", "r.eventType", "r.householdSizeBand"}) {
            assertTrue(e.getMessage().contains(field), field + " in " + e.getMessage());
        }
    }

    @Test
    void onlyATombstoneIsMarkedAsOne() {
        JsonObject json = Json.createObjectBuilder(record().toJson()).add("tombstone", true).build();
        var e = assertThrows(StatisticalRecord.InvalidRecordException.class, () -> StatisticalRecord.fromJson(json, "r"));
        assertTrue(e.getMessage().contains("r.tombstone"), e.getMessage());
    }

    @Test
    void bandsGeneralise() {
        assertEquals("Y0T4", AgeBand.at(2026, YearMonth.of(2026, 1)));
        assertEquals("Y15T17", AgeBand.at(2009, YearMonth.of(2026, 1)));
        assertEquals("Y18T24", AgeBand.at(2008, YearMonth.of(2026, 1)));
        assertEquals("Y_GE60", AgeBand.at(1950, YearMonth.of(2026, 1)));
        assertEquals(AgeBand.UNKNOWN, AgeBand.at(null, YearMonth.of(2026, 1)));
        assertEquals(AgeBand.UNKNOWN, AgeBand.at(2030, YearMonth.of(2026, 1)));
        assertEquals("1", HouseholdSizeBand.of(1));
        assertEquals("3-4", HouseholdSizeBand.of(4));
        assertEquals("7+", HouseholdSizeBand.of(12));
        assertEquals(null, HouseholdSizeBand.of(0));
    }
}
