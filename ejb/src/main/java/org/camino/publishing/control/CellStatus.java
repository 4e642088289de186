package org.camino.publishing.control;

/** Whether a cell is published; SDMX's CONF_STATUS. */
public enum CellStatus {
    /** Published (F). */
    FREE("F"),
    /** Suppressed because the count is from 1 to threshold - 1 (A). Says nothing more than "small count". */
    PRIMARY("A"),
    /** Suppressed to protect other suppressed cells (D). */
    SECONDARY("D");

    private final String sdmxCode;

    CellStatus(String sdmxCode) {
        this.sdmxCode = sdmxCode;
    }

    public String sdmxCode() {
        return sdmxCode;
    }
}
