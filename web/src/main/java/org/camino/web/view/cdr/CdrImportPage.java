package org.camino.web.view.cdr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.camino.platform.errors.InvalidInputException;
import org.camino.repository.boundary.BatchFiles;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Backs /cdr/import.xhtml, for HQ's administrators: the import of a mission's
 * signed batch file, with HQ's answer (accepted with its counts, or why the
 * whole file was refused).
 */
@Named
@RequestScoped
public class CdrImportPage {

    /** Larger than the largest file a node exports (10,000 records, at most about 6 MB). */
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject
    BatchFiles files;

    private Part file;
    private BatchFiles.ImportReceipt receipt;
    private int recordsPerFile;

    /** Only HQ's administrators open this page (a 403 for anyone else). */
    @PostConstruct
    void open() {
        recordsPerFile = files.recordsPerFile();
    }

    public void importFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.error("import:file", "cdr.file.empty");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.error("import:file", "cdr.file.unreadable");
            return;
        }
        String content;
        try (InputStream in = file.getInputStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            receipt = files.importFile(content);
        } catch (InvalidInputException e) {
            InputProblems.show("import", e);
            return;
        }
        if (receipt.outcome().equals("ACCEPTED")) {
            Messages.info("cdr.import.accepted", receipt.records(), receipt.applied(), receipt.ignored());
        } else {
            Messages.error(null, "cdr.import.refused", receipt.outcome());
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public BatchFiles.ImportReceipt getReceipt() { return receipt; }
    public int getRecordsPerFile() { return recordsPerFile; }
}
