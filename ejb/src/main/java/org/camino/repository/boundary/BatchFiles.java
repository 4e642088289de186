package org.camino.repository.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.missions.control.MissionCodes;
import org.camino.platform.control.Settings;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.RefusedException;
import org.camino.repository.control.BatchFile;
import org.camino.repository.control.FileIngest;
import org.camino.repository.control.OutboxStore;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.BatchSignatures;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;
import org.camino.security.control.ScopedAccess;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Signed batch files, for a mission without any connectivity. At the mission
 * node, a mission manager (their missions) or an administrator exports the
 * records HQ has not acknowledged, signed with the node's key; at HQ, an
 * administrator imports the file through the push's own ingest. Exporting
 * marks nothing sent: a file may be lost on the way, and only HQ's
 * acknowledgement of a push counts, so the records go again with the next
 * push once the node is connected, and HQ counts them once.
 */
@Stateless
@Guarded
public class BatchFiles {

    /** A file to hand over; {@code more}: the mission has further unacknowledged records after {@code lastSeq}. */
    public record ExportedFile(String filename, String content, String mission, int records, long firstSeq,
                               long lastSeq, boolean more) {
        /** Not the content: thousands of records. */
        @Override
        public String toString() {
            return "ExportedFile[" + filename + ", records=" + records + ", lastSeq=" + lastSeq + ", more=" + more + "]";
        }
    }

    /** HQ's answer to a file: ACCEPTED (applied: changed the store; ignored: there already, or older), REJECTED, REFUSED. */
    public record ImportReceipt(String fileId, String node, String outcome, int records, int applied, int ignored,
                                List<String> errors) {
    }

    /** Records in a file unless the caller asks for fewer. */
    public static final int DEFAULT_RECORDS = BatchFile.MAX_RECORDS;

    @Inject
    OutboxStore outbox;

    @Inject
    FileIngest fileIngest;

    @Inject
    BatchSignatures signatures;

    @Inject
    Settings settings;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Inject
    MissionCodes missionCodes;

    /**
     * @param mission  the mission's code
     * @param afterSeq only records after this one (the {@code lastSeq} of the previous file; 0: from the oldest)
     * @param limit    records in the file, 1 to {@value BatchFile#MAX_RECORDS}
     */
    @ScopedAccess("outbox:send on the mission")
    public ExportedFile export(String mission, long afterSeq, int limit) {
        String code = mission == null ? "" : mission.trim().toUpperCase(Locale.ROOT);
        accessControl.caller();
        if (!settings.holdsCases()) {
            throw new NotFoundException("Outbox");
        }
        if (!missionCodes.exists(code)) {
            throw InvalidInputException.of("mission", "case.mission.unknown");
        }
        accessControl.require("outbox:send:" + code.toLowerCase(Locale.ROOT), "cdr-file:" + code);
        if (afterSeq < 0) {
            throw InvalidInputException.of("from", "parameter.invalid");
        }
        if (limit < 1 || limit > BatchFile.MAX_RECORDS) {
            throw InvalidInputException.of("limit", "parameter.invalid");
        }
        List<OutboxStore.Row> rows = outbox.unsent(code, afterSeq, limit + 1);
        if (rows.isEmpty()) {
            throw new RefusedException("cdr.file.nothing", "No record of " + code + " waits for HQ after " + afterSeq);
        }
        boolean more = rows.size() > limit;
        List<OutboxStore.Row> inFile = more ? rows.subList(0, limit) : rows;
        String username = accessControl.caller().username();
        UUID fileId = UUID.randomUUID();
        String content = BatchFile.content(fileId, code, username, inFile, settings.cdrBatchSize(), more);
        BatchSignatures.Signed signed = signatures.sign(content).orElseThrow(() -> new RefusedException(
                "cdr.file.noKey", "This node has no batch signing key (CAMINO_BATCH_SIGNING_KEY)"));
        long firstSeq = inFile.get(0).seq();
        long lastSeq = inFile.get(inFile.size() - 1).seq();
        accessLog.record(AccessLog.Event.CDR_FILE_EXPORTED, username, "cdr-file:" + fileId,
                "mission " + code + ", " + inFile.size() + " records, seq " + firstSeq + "-" + lastSeq);
        return new ExportedFile("camino-cdr-" + code.toLowerCase(Locale.ROOT) + "-" + firstSeq + "-" + lastSeq + ".json",
                BatchFile.envelope(signed.signer(), signed.signature(), content), code, inFile.size(), firstSeq,
                lastSeq, more);
    }

    /** The most records a file holds; for the import page, which only HQ's administrators open. */
    @Requires("admin:nodes")
    public int recordsPerFile() {
        return BatchFile.MAX_RECORDS;
    }

    /** Imports a file at HQ; nothing of it is stored unless the whole file is accepted. */
    @Requires("admin:nodes")
    public ImportReceipt importFile(String file) {
        if (!settings.holdsRepository()) {
            throw new NotFoundException("Central data repository");
        }
        if (file == null || file.isBlank()) {
            throw InvalidInputException.of("file", "cdr.file.empty");
        }
        FileIngest.FileAck received = fileIngest.receive(file);
        var ack = received.ack();
        accessLog.record(AccessLog.Event.CDR_FILE_IMPORTED, accessControl.caller().username(),
                "cdr-file:" + (ack.batchId() == null ? "?" : ack.batchId()),
                ack.outcome() + " from node " + received.node() + ": " + ack.records() + " records, " + ack.applied()
                        + " applied, " + ack.ignored() + " ignored"
                        + (ack.errors().isEmpty() ? "" : "; " + ack.errors().get(0)));
        return new ImportReceipt(ack.batchId(), received.node(), ack.outcome().name(), ack.records(), ack.applied(),
                ack.ignored(), ack.errors());
    }
}
