package org.camino.rotation.control;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A table's primary key as PostgreSQL's catalogue describes it, e.g. {@code (rev, id)}
 * of a history table. Key values travel as text (checkpoints, {@code text[]}
 * columns) and are cast back to the column's type in SQL.
 *
 * @param columns column names, in key order
 * @param types   their SQL types ({@code bigint}), from {@code format_type}
 */
public record PrimaryKey(List<String> columns, List<String> types) {

    public PrimaryKey {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        if (columns.isEmpty() || columns.size() != types.size()) {
            throw new IllegalArgumentException("A primary key needs columns and their types");
        }
    }

    /** {@code (rev, id)} */
    String tuple() {
        return "(" + String.join(", ", columns) + ")";
    }

    /** {@code (cast(? as bigint), cast(? as bigint))} */
    String parameters() {
        return IntStream.range(0, types.size()).mapToObj(i -> "cast(? as " + types.get(i) + ")")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    int size() {
        return columns.size();
    }
}
