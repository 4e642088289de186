package org.camino.rotation.control;

import java.util.ArrayList;
import java.util.List;

/** An encrypted table with its primary key: what the job needs to read and update it in plain SQL. */
public record TableShape(EncryptedTable table, PrimaryKey primaryKey) {

    public String name() {
        return table.name();
    }

    /** The columns read besides key and uuid, each compared again in the compare-and-set UPDATE. */
    List<String> comparedColumns() {
        List<String> columns = new ArrayList<>(table.columns().stream().map(EncryptedColumn::column).toList());
        columns.addAll(table.clearColumns());
        return columns;
    }
}
