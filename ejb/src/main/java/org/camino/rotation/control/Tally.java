package org.camino.rotation.control;

/** Counts of a chunk of rows, added to a table's progress. */
public record Tally(long rows, long valuesRotated, long indexesRecomputed, long valuesUnreadable) {

    public static final Tally NONE = new Tally(0, 0, 0, 0);

    static Tally ofRow(RowChange change) {
        return new Tally(1, change.valuesRotated(), change.indexesRecomputed(), change.valuesUnreadable());
    }

    public Tally plus(Tally other) {
        return new Tally(rows + other.rows, valuesRotated + other.valuesRotated,
                indexesRecomputed + other.indexesRecomputed, valuesUnreadable + other.valuesUnreadable);
    }
}
