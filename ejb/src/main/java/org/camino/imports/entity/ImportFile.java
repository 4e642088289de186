package org.camino.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.camino.cases.entity.CaseType;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;
import org.camino.missions.entity.Mission;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted import (V29): what is imported, by whom, how far it got. The
 * file itself is kept apart ({@link ImportContent}) until all its rows are
 * cases. The file name may name people, so it is encrypted.
 */
@Entity
@Table(name = "import_file")
public class ImportFile {

    public enum Status { IMPORTING, DONE }

    static final EncryptedField FILE_NAME = new EncryptedField("import_file.file_name");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_file_seq")
    @SequenceGenerator(name = "import_file_seq", sequenceName = "import_file_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_id", updatable = false)
    private Mission mission;

    @Column(name = "case_type", nullable = false, length = 8, updatable = false)
    private String caseType;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    /** The row numbers the user chose to skip (likely duplicates), comma-separated. */
    @Column(name = "skipped_rows", nullable = false, updatable = false)
    private String skippedRows;

    @Column(nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.IMPORTING;

    @Column(name = "rows_total", nullable = false, updatable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt = Instant.now();

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportFile() {
    }

    public ImportFile(Mission mission, CaseType caseType, String fileName, String sha256, String skippedRows,
                      int rowsTotal, String createdBy) {
        this.mission = mission;
        this.caseType = caseType.name();
        this.fileName = FILE_NAME.seal(fileName, null, uuid);
        this.sha256 = sha256;
        this.skippedRows = skippedRows;
        this.rowsTotal = rowsTotal;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public Mission getMission() { return mission; }
    public CaseType getCaseType() { return CaseType.valueOf(caseType); }
    public String getFileName() { return FILE_NAME.open(fileName, uuid); }
    public String getSha256() { return sha256; }
    public String getSkippedRows() { return skippedRows; }
    public Status getStatus() { return status; }
    public int getRowsTotal() { return rowsTotal; }
    public int getRowsDone() { return rowsDone; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getHeartbeatAt() { return heartbeatAt; }
    public Instant getFinishedAt() { return finishedAt; }

    public void progressed(int rowsDone) {
        this.rowsDone = rowsDone;
        this.heartbeatAt = Instant.now();
    }

    /** Every row is a case (the kept file, {@link ImportContent}, is deleted with this). */
    public void done() {
        status = Status.DONE;
        finishedAt = Instant.now();
    }
}
