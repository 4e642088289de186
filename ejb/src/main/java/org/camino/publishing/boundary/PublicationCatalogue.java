package org.camino.publishing.boundary;

import java.util.List;

/** What an analyst may put in a release: the populations with their dimensions, and the standard tables. */
public record PublicationCatalogue(List<PopulationEntry> populations, List<StandardTable> standardTables,
                                   List<Integer> roundingBases, int maxDimensions) {

    public record PopulationEntry(String id, String title, String caseType, int threshold, List<DimensionEntry> dimensions) {
    }

    /** A dimension: its id, its name in the user's language, the code list of its values (null: codes shown as they are). */
    public record DimensionEntry(String id, String label, String codeList, boolean sensitive) {
    }

    public record StandardTable(String id, String title, String population, List<String> dimensions, int threshold,
                                int roundingBase) {
    }
}
