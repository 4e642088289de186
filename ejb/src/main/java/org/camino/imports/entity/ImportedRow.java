package org.camino.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * A row of an import that is a case now, written in the transaction that made
 * the case: a resumed import skips exactly these rows (V29).
 */
@Entity
@Table(name = "imported_row")
public class ImportedRow {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "file_id")
        private long fileId;
        @Column(name = "row_no")
        private int rowNo;

        protected Key() {
        }

        Key(long fileId, int rowNo) {
            this.fileId = fileId;
            this.rowNo = rowNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.fileId == fileId && key.rowNo == rowNo;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(fileId) * 31 + rowNo;
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    protected ImportedRow() {
    }

    public ImportedRow(long fileId, int rowNo, long caseId) {
        this.key = new Key(fileId, rowNo);
        this.caseId = caseId;
    }

    public int getRowNo() { return key.rowNo; }
    public long getCaseId() { return caseId; }
}
