package org.camino.crypto;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowUuidTest {

    @Test
    void isAVersion7UuidOfTheRfcVariantCarryingItsMillisecond() {
        long millis = 1_795_000_000_123L;
        UUID uuid = RowUuid.at(millis);
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant());
        assertEquals(millis, uuid.getMostSignificantBits() >>> 16);
    }

    @Test
    void laterMillisecondsSortAfterEarlierOnesAsPostgresComparesThem() {
        // PostgreSQL orders uuid values bytewise, i.e. as unsigned 128-bit numbers
        UUID earlier = RowUuid.at(1_795_000_000_123L);
        UUID later = RowUuid.at(1_795_000_000_124L);
        assertTrue(earlier.toString().compareTo(later.toString()) < 0);
    }

    @Test
    void aMillionInTheSameMillisecondAreStillUnique() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 1_000_000; i++) {
            assertTrue(seen.add(RowUuid.at(1_795_000_000_123L)));
        }
    }
}
