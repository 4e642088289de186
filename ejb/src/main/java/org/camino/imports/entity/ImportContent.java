package org.camino.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;

import java.util.UUID;

/**
 * The checked file of an import that is still running, encrypted (V29): a row
 * of its own, so that reading an import's progress never reads the file.
 * Deleted when the import is done.
 */
@Entity
@Table(name = "import_content")
public class ImportContent {

    static final EncryptedField CONTENT = new EncryptedField("import_content.content");

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    /** The file's bytes in base64. */
    @Column(nullable = false)
    private String content;

    protected ImportContent() {
    }

    public ImportContent(long fileId, String base64Content) {
        this.fileId = fileId;
        this.content = CONTENT.seal(base64Content, null, uuid);
    }

    public String getContent() { return CONTENT.open(content, uuid); }
}
