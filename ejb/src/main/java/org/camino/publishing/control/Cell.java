package org.camino.publishing.control;

/** Codes shared by every table cell. */
public final class Cell {

    /** The code of a total over a dimension (SDMX's {@code _T}). */
    public static final String TOTAL = "_T";

    private Cell() {
    }
}
