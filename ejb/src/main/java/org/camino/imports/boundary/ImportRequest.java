package org.camino.imports.boundary;

import java.util.List;

/**
 * An uploaded import file: the mission and case type it brings cases of, its
 * name (for the cases' history), its bytes, and the user's decision on each
 * likely duplicate of the dry run: rows to skip, rows to import anyway.
 */
public record ImportRequest(String mission, String type, String fileName, byte[] content, List<Integer> skip,
                            List<Integer> confirm) {

    public List<Integer> skipRows() {
        return skip == null ? List.of() : skip;
    }

    public List<Integer> confirmRows() {
        return confirm == null ? List.of() : confirm;
    }

    /** Only codes and sizes: the file and its name may be personal. */
    @Override
    public String toString() {
        return "ImportRequest[mission=" + mission + ", type=" + type + ", bytes="
                + (content == null ? 0 : content.length) + "]";
    }
}
