package org.camino.web.view;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayZoneTest {

    @Test
    void takesTheBrowsersIanaZone() {
        assertEquals(ZoneId.of("Africa/Nairobi"), DisplayZone.parse("Africa/Nairobi"));
        assertEquals(ZoneId.of("America/Bogota"), DisplayZone.parse(" America/Bogota "));
    }

    @Test
    void anythingElseLeavesUtc() {
        for (String sent : new String[]{null, "", "  ", "Mars/Olympus_Mons", "<script>", "../../etc", "x".repeat(100)}) {
            assertEquals(ZoneId.of("UTC"), DisplayZone.parse(sent), String.valueOf(sent));
        }
    }

    @Test
    void timesNameTheirZone() {
        Instant at = Instant.parse("2026-11-22T06:30:00Z");
        assertEquals("EAT", Formats.zoneName(ZoneId.of("Africa/Nairobi"), at, Locale.ENGLISH));
        assertEquals("UTC", Formats.zoneName(ZoneId.of("UTC"), at, Locale.ENGLISH));
    }

    @Test
    void machinesGetTheInstantToTheMillisecond() {
        Formats fmt = new Formats();
        assertEquals("2026-11-22T06:30:00.123Z", fmt.iso(Instant.parse("2026-11-22T06:30:00.123456Z")));
        assertEquals("2026-11-22T06:30:00Z", fmt.iso(Instant.parse("2026-11-22T06:30:00Z")));
        assertEquals("", fmt.iso(null));
    }
}
