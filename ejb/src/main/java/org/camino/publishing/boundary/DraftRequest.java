package org.camino.publishing.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A release an analyst asks for.
 *
 * @param series      the release's name in URLs, lower case (e.g. {@code avrr-2026-q3}); a later draft of a
 *                    series with a published version is its correction
 * @param from        first month counted, {@code yyyy-MM}
 * @param to          last month counted
 * @param missions    mission codes counted; empty: every mission
 * @param tables      the tables, standard or composed
 * @param ctExtract   also the counter-trafficking microdata extract (HTCDS/CTDC shape, k = 11)
 */
public record DraftRequest(String series, String title, String methodology, String from, String to,
                           List<String> missions, List<TableAsk> tables, Boolean ctExtract) implements Serializable {

    public DraftRequest {
        missions = missions == null ? List.of() : missions;
        tables = tables == null ? List.of() : tables;
    }

    /**
     * One table: {@code standard} names a table of the catalogue (the other fields may then set its threshold
     * and rounding only); otherwise the analyst composes it.
     */
    public record TableAsk(String standard, String id, String title, String population, List<String> dimensions,
                           Integer threshold, Integer roundingBase) implements Serializable {
        public TableAsk {
            dimensions = dimensions == null ? List.of() : dimensions;
        }

        public static TableAsk standard(String id) {
            return new TableAsk(id, null, null, null, List.of(), null, null);
        }
    }
}
