package org.camino.imports.boundary;

import org.camino.cases.boundary.CaseViews.PossibleDuplicate;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the import pages and API show. */
public final class ImportViews {

    private ImportViews() {
    }

    /** A cell (or a row, when {@code column} is null) that keeps the file from being imported; {@code code} is a message key. */
    public record RowProblem(int row, String column, String code) implements Serializable {
    }

    /** A row whose person may already be known: cases the caller may read, or earlier rows of the same file. */
    public record RowDuplicate(int row, List<PossibleDuplicate> matches, List<Integer> sameAsRows) implements Serializable {
    }

    /**
     * The dry run's answer: rows read, every problem, the likely duplicates the user must confirm or skip,
     * and the import of the same file already made in the mission, if any.
     */
    public record ImportReport(String mission, String type, int rows, List<RowProblem> problems,
                               List<RowDuplicate> duplicates, Long alreadyImported) implements Serializable {
        public boolean importable() {
            return problems.isEmpty() && alreadyImported == null;
        }
    }

    /** An accepted import and how far it got: {@code IMPORTING} (rows done of total) or {@code DONE}. */
    public record ImportStatus(long id, String mission, String type, String fileName, String status, int rowsTotal,
                               int rowsDone, String importedBy, Instant startedAt, Instant finishedAt) implements Serializable {
        @Override
        public String toString() {
            return "ImportStatus[" + id + ", " + mission + ", " + type + ", " + status + ", " + rowsDone + "/" + rowsTotal + "]";
        }
    }

    /** A blank import file to fill in. */
    public record TemplateFile(String fileName, String contentType, byte[] content) implements Serializable {
    }
}
