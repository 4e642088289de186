package org.camino.publishing.boundary;

import java.util.List;

/**
 * A table of a release as shown: its dimensions (with their code lists, for
 * labels) and its cells. Only cells that are not a published 0 are listed.
 * {@code value} (the true count) is given only to HQ staff, and never for a
 * suppressed counter-trafficking cell; open data never carries it.
 */
public record TableView(String id, String title, String population, String unit, List<DimensionView> dimensions,
                        List<String> months, int threshold, int roundingBase, List<CellView> cells, int primary,
                        int secondary) {

    public record DimensionView(String id, String label, String codeList, boolean sensitive, List<String> categories) {
    }

    /** codes: one per dimension, {@code _T} for a total; published: null when suppressed; status F, A or D. */
    public record CellView(List<String> codes, Long value, Long published, String status) {
    }
}
