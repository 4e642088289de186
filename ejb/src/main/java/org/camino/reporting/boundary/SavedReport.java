package org.camino.reporting.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report request its owner saved under a name; run again, it counts what
 * the owner may see then. {@code version} goes with a rename or delete.
 */
public record SavedReport(long id, String name, String report, String title, String period, String from, String to,
                          List<String> missions, String by, Map<String, String> filters, long version,
                          Instant updatedAt) {
}
