package org.camino.repository.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.camino.repository.control.HqRecords.Decision.IGNORE;
import static org.camino.repository.control.HqRecords.Decision.INSERT;
import static org.camino.repository.control.HqRecords.Decision.REPLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ingest rule: same version twice counts once, an older version after a newer one changes nothing. */
class HqRecordsTest {

    @Test
    void theRule() {
        assertEquals(INSERT, HqRecords.decide(null, false, 5));
        assertEquals(IGNORE, HqRecords.decide(5L, false, 5), "the same record and version again");
        assertEquals(IGNORE, HqRecords.decide(7L, false, 5), "an older version after a newer one");
        assertEquals(REPLACE, HqRecords.decide(5L, false, 7), "a correction");
        assertEquals(IGNORE, HqRecords.decide(null, true, 9), "a record of a removed case stays out");
    }

    /** Any order of delivery, with every batch delivered twice, ends with the newest version of each record, once. */
    @Test
    void deliveryOrderAndRepetitionDoNotChangeTheResult() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            List<long[]> deliveries = new ArrayList<>(); // {record, version}
            Map<Long, Long> newest = new HashMap<>();
            for (long record = 0; record < 20; record++) {
                int versions = 1 + random.nextInt(4);
                for (int v = 0; v < versions; v++) {
                    long version = 1 + random.nextInt(1000);
                    deliveries.add(new long[] {record, version});
                    deliveries.add(new long[] {record, version});
                    newest.merge(record, version, Math::max);
                }
            }
            Collections.shuffle(deliveries, random);
            Map<Long, Long> store = new HashMap<>();
            int inserts = 0;
            for (long[] delivery : deliveries) {
                HqRecords.Decision decision = HqRecords.decide(store.get(delivery[0]), false, delivery[1]);
                if (decision == INSERT) {
                    inserts++;
                }
                if (decision != IGNORE) {
                    store.put(delivery[0], delivery[1]);
                }
            }
            assertEquals(newest, store);
            assertEquals(newest.size(), inserts, "each record counted once");
        }
    }
}
