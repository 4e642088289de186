package org.camino.publishing.control;

import java.util.List;

/** The tables as they may be published (true values kept beside), and the audit of their suppressions. */
public record Protection(List<ProtectedTable> tables, AuditReport audit) {

    public Protection {
        tables = List.copyOf(tables);
    }
}
