package org.camino.publishing.control;

import java.util.List;

/** A table after protection: every inner cell and every margin, up to the grand total. */
public record ProtectedTable(TableSpec spec, List<String> months, List<ProtectedCell> cells) {

    public ProtectedTable {
        months = List.copyOf(months);
        cells = List.copyOf(cells);
    }
}
