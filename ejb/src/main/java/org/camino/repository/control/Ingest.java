package org.camino.repository.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.camino.platform.statistics.StatisticalRecord;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HQ's ingest of one batch, in the caller's transaction. First the whole
 * batch is read and checked (shape, schema version, every field, every code,
 * the node's mission scope); any problem rejects the batch and nothing of it
 * is stored. Then, under one lock (ingests run one after another), the
 * records are applied together ({@link HqRecords}): a record id HQ holds at
 * the same or a newer version is ignored, a newer version replaces the old
 * row, a tombstone removes the case's records and keeps them out. Every batch, rejected or refused ones
 * too, is logged in {@code cdr_batch} with its outcome and error.
 */
@ApplicationScoped
public class Ingest {

    /** Largest batch HQ takes. */
    public static final int MAX_RECORDS = 10_000;
    /** Same key for every ingest: pg_advisory_xact_lock(this) serialises them across servers. */
    private static final long INGEST_LOCK = 0x434452L; // "CDR"
    private static final Set<String> BATCH_FIELDS = Set.of("schemaVersion", "batchId", "records");

    public enum Outcome { ACCEPTED, REJECTED, REFUSED }

    public record Ack(String batchId, Outcome outcome, int records, int applied, int ignored, List<String> errors) {
    }

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    @Inject
    CodeCheck codeCheck;

    private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();

    /** A batch read and checked: its records may be applied if there are no problems. */
    record Checked(String batchId, List<StatisticalRecord> records, Set<String> missions, List<String> problems) {
    }

    public Ack receive(NodeCredentials.Node node, String body) {
        List<String> problems = new ArrayList<>();
        JsonObject batch = parse(body, problems);
        Checked checked = check(batch, problems);
        if (!checked.problems().isEmpty()) {
            return log(node, checked.batchId(), checked.missions(), Outcome.REJECTED, checked.records().size(), 0, 0,
                    checked.problems(), Source.PUSH);
        }
        List<String> foreign = foreign(node, checked.missions());
        if (!foreign.isEmpty()) {
            return log(node, checked.batchId(), checked.missions(), Outcome.REFUSED, checked.records().size(), 0, 0,
                    List.of("node '" + node.name() + "' may not send records of mission(s) " + foreign), Source.PUSH);
        }
        int applied = apply(checked.records());
        return log(node, checked.batchId(), checked.missions(), Outcome.ACCEPTED, checked.records().size(), applied,
                checked.records().size() - applied, List.of(), Source.PUSH);
    }

    /** Checks a parsed batch (null: it could not be read; {@code problems} already says why). */
    Checked check(JsonObject batch, List<String> problems) {
        if (batch != null) {
            checkShape(batch, problems);
        }
        String batchId = batch == null || !(batch.get("batchId") instanceof jakarta.json.JsonString id)
                ? null : id.getString();
        if (batchId != null && (batchId.isBlank() || batchId.length() > 64)) {
            problems.add("batchId: must be 1 to 64 characters");
            batchId = null;
        }
        List<StatisticalRecord> records = batch == null ? List.of() : records(batch, problems);
        Set<String> missions = new TreeSet<>();
        records.forEach(r -> missions.add(r.mission()));
        return new Checked(batchId, records, missions, problems);
    }

    /** The missions of the list the node may not send records of. */
    static List<String> foreign(NodeCredentials.Node node, Set<String> missions) {
        return missions.stream().filter(m -> !node.serves(m)).toList();
    }

    static JsonObject parse(String body, List<String> problems) {
        if (body == null || body.isBlank()) {
            problems.add("the batch is empty");
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            problems.add("the batch is not a JSON object: " + e.getMessage());
            return null;
        }
    }

    private static void checkShape(JsonObject batch, List<String> problems) {
        for (String field : batch.keySet()) {
            if (!BATCH_FIELDS.contains(field)) {
                problems.add(field + ": unknown field of a batch");
            }
        }
        JsonValue version = batch.get("schemaVersion");
        if (version == null || version.getValueType() != JsonValue.ValueType.NUMBER) {
            problems.add("schemaVersion: required, a number");
        } else if (batch.getJsonNumber("schemaVersion").intValue() != StatisticalRecord.SCHEMA_VERSION
                || !batch.getJsonNumber("schemaVersion").isIntegral()) {
            problems.add("schemaVersion: " + version + " is not a schema this HQ knows (it knows "
                    + StatisticalRecord.SCHEMA_VERSION + ")");
        }
        if (!(batch.get("batchId") instanceof jakarta.json.JsonString)) {
            problems.add("batchId: required, a string");
        }
    }

    private List<StatisticalRecord> records(JsonObject batch, List<String> problems) {
        JsonValue value = batch.get("records");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add("records: required, an array");
            return List.of();
        }
        JsonArray array = batch.getJsonArray("records");
        if (array.size() > MAX_RECORDS) {
            problems.add("records: at most " + MAX_RECORDS + " per batch, not " + array.size());
            return List.of();
        }
        List<StatisticalRecord> records = new ArrayList<>(array.size());
        for (int i = 0; i < array.size() && problems.size() < 20; i++) {
            String where = "records[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(where + ": must be an object");
                continue;
            }
            try {
                StatisticalRecord record = StatisticalRecord.fromJson(array.getJsonObject(i), where);
                problems.addAll(codeCheck.problems(record, where));
                records.add(record);
            } catch (StatisticalRecord.InvalidRecordException e) {
                problems.addAll(e.problems());
            }
        }
        return records;
    }

    /** Applies checked records; returns how many changed the store (the others were already there, or older). */
    int apply(List<StatisticalRecord> records) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement lock = c.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + INGEST_LOCK + ")");
            }
            Set<YearMonth> months = new TreeSet<>();
            records.forEach(r -> months.add(r.eventMonth()));
            if (!partitions.containsAll(months)) {
                HqPartitions.ensure(c, months);
                partitions.addAll(months);
            }
            return new HqRecords(c).apply(records);
        } catch (SQLException e) {
            throw new IllegalStateException("Ingest failed: " + e.getMessage(), e);
        }
    }

    /** How a batch came: pushed over HTTP, or in a signed file an administrator imported. */
    enum Source { PUSH, FILE }

    /** Logs the batch in {@code cdr_batch} (node null: a file whose signer HQ does not know). */
    Ack log(NodeCredentials.Node node, String batchId, Set<String> missions, Outcome outcome, int records,
            int applied, int ignored, List<String> errors, Source source) {
        String error = errors.isEmpty() ? null : OutboxStore.truncate(String.join("; ", errors));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into cdr_batch (id, batch_id, node_id, missions, outcome,"
                     + " records, applied, ignored, error, source) values (nextval('cdr_batch_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, batchId);
            if (node == null) {
                s.setNull(2, java.sql.Types.BIGINT);
            } else {
                s.setLong(2, node.id());
            }
            s.setArray(3, c.createArrayOf("varchar", missions.toArray()));
            s.setString(4, outcome.name());
            s.setInt(5, records);
            s.setInt(6, applied);
            s.setInt(7, ignored);
            s.setString(8, error);
            s.setString(9, source.name());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Ack(batchId, outcome, records, applied, ignored, errors);
    }
}
