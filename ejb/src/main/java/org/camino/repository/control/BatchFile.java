package org.camino.repository.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The signed batch file a mission node without connectivity carries to HQ.
 * A JSON envelope
 * {@code {"format":"camino-cdr-batch-file","formatVersion":1,"signer","signature","content"}}:
 * {@code content} is a JSON text, signed as it is (its UTF-8 bytes), so that
 * nothing has to be re-serialised the same way to check it; it holds
 * {@code {"fileId","mission","createdAt","createdBy","firstSeq","lastSeq","more","batches":[...]}},
 * each batch exactly what a push sends ({@link Transfer#batch}), records
 * with the same versions, so a later push of the same records counts
 * nothing twice. {@code signer} is the node's Ed25519 public key; HQ trusts
 * it only if registered for a node.
 */
public final class BatchFile {

    public static final String FORMAT = "camino-cdr-batch-file";
    public static final int FORMAT_VERSION = 1;
    /**
     * Records per file, as in the largest batch HQ takes: a file must fit in one upload (HQ's server takes
     * requests up to 10 MB; a record is about 400 bytes in a file, at most about 620).
     */
    public static final int MAX_RECORDS = 10_000;
    private static final Set<String> ENVELOPE_FIELDS = Set.of("format", "formatVersion", "signer", "signature", "content");

    /** What the file says of itself, before its signature is checked. */
    public record Envelope(String signer, String signature, String content) {
    }

    /** The signed content, once read: the batches go to the ingest one by one. */
    public record Content(String fileId, String mission, List<JsonValue> batches) {
    }

    private BatchFile() {
    }

    /** The content of a file of one mission's rows, in batches of {@code batchSize}. */
    public static String content(UUID fileId, String mission, String createdBy, List<OutboxStore.Row> rows,
                                 int batchSize, boolean more) {
        JsonArrayBuilder batches = Json.createArrayBuilder();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<OutboxStore.Row> part = rows.subList(from, Math.min(rows.size(), from + batchSize));
            batches.add(read(Transfer.batch(UUID.randomUUID(), part)));
        }
        return Json.createObjectBuilder().add("fileId", fileId.toString()).add("mission", mission)
                .add("createdAt", Instant.now().toString()).add("createdBy", createdBy)
                .add("firstSeq", rows.get(0).seq()).add("lastSeq", rows.get(rows.size() - 1).seq())
                .add("more", more).add("batches", batches).build().toString();
    }

    public static String envelope(String signer, String signature, String content) {
        return Json.createObjectBuilder().add("format", FORMAT).add("formatVersion", FORMAT_VERSION)
                .add("signer", signer).add("signature", signature).add("content", content).build().toString();
    }

    /** Reads the envelope; each problem names the field. Empty problems: the envelope is whole. */
    public static Envelope envelope(String file, List<String> problems) {
        JsonObject envelope;
        try (JsonReader reader = Json.createReader(new StringReader(file))) {
            envelope = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            problems.add("file: not a complete batch file (cut short, or not JSON): " + e.getMessage());
            return null;
        }
        envelope.keySet().stream().filter(f -> !ENVELOPE_FIELDS.contains(f))
                .forEach(f -> problems.add(f + ": unknown field of a batch file"));
        if (!(envelope.get("format") instanceof JsonString format) || !FORMAT.equals(format.getString())) {
            problems.add("format: not a Camino batch file (expected \"" + FORMAT + "\")");
        }
        if (!(envelope.get("formatVersion") instanceof JsonNumber version) || !version.isIntegral()
                || version.intValue() != FORMAT_VERSION) {
            problems.add("formatVersion: " + envelope.get("formatVersion") + " is not a file format this HQ knows (it knows "
                    + FORMAT_VERSION + ")");
        }
        String signer = string(envelope, "signer", problems);
        String signature = string(envelope, "signature", problems);
        String content = string(envelope, "content", problems);
        return problems.isEmpty() ? new Envelope(signer, signature, content) : null;
    }

    /** Reads the signed content (after its signature was checked). */
    public static Content content(String content, List<String> problems) {
        JsonObject object;
        try {
            object = read(content);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            problems.add("content: not a JSON object: " + e.getMessage());
            return null;
        }
        String fileId = string(object, "fileId", problems);
        String mission = string(object, "mission", problems);
        if (!(object.get("batches") instanceof JsonArray batches)) {
            problems.add("content.batches: required, an array");
            return null;
        }
        int records = 0;
        for (JsonValue batch : batches) {
            if (batch instanceof JsonObject b && b.get("records") instanceof JsonArray r) {
                records += r.size();
            }
        }
        if (records > MAX_RECORDS) {
            problems.add("content.batches: at most " + MAX_RECORDS + " records per file, not " + records);
        }
        if (fileId != null && fileId.length() > 64) {
            problems.add("content.fileId: at most 64 characters");
        }
        return problems.isEmpty() ? new Content(fileId, mission, new ArrayList<>(batches)) : null;
    }

    private static String string(JsonObject object, String field, List<String> problems) {
        if (object.get(field) instanceof JsonString value && !value.getString().isBlank()) {
            return value.getString();
        }
        problems.add(field + ": required, a string");
        return null;
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
