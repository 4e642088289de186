package org.camino.platform.statistics;

import java.util.List;

/**
 * Many statistical records announced at once, as one CDI event (a chunk of
 * the initial load or rebuild): the repository writes them with one statement
 * per table instead of several per record. Same rules as a single record:
 * versions 0, the repository gives each its version in list order.
 */
public record StatisticalRecords(List<StatisticalRecord> records) {

    public StatisticalRecords {
        records = List.copyOf(records);
    }
}
