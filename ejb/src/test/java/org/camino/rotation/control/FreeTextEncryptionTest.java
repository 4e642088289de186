package org.camino.rotation.control;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.Entity;
import org.camino.cases.entity.Movement;
import org.camino.crypto.FieldCipher;
import org.camino.crypto.FieldContext;
import org.camino.crypto.KeyRing;
import org.camino.crypto.TamperedCiphertextException;
import org.camino.platform.control.SchemaMigration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * "All free text is encrypted" (README), checked on the schema the migrations
 * really build, on a throw-away PostgreSQL: every text column is either
 * encrypted (an entity declares an {@code EncryptedField} for it, its Envers
 * history included) or on {@link #CODED}, the list of columns that hold codes,
 * statuses, hashes and staff user names, each with the reason it holds nothing
 * personal. A new free-text column fails this test until it is encrypted or
 * argued onto the list.
 * <p>
 * Also: the clear places of movements written before V16 are encrypted by the
 * start-up step, history rows included, and only once.
 */
class FreeTextEncryptionTest {

    /**
     * Clear text columns and why each holds nothing personal. A history table's column ({@code x_aud.c})
     * is judged as its live table's ({@code x.c}): Envers copies it.
     */
    private static final Map<String, String> CODED = new TreeMap<>();

    private static void coded(String reason, String... columns) {
        for (String column : columns) {
            if (CODED.put(column, reason) != null) {
                throw new IllegalStateException(column + " is listed twice");
            }
        }
    }

    static {
        // --- codes from Camino's code lists (db: code lists), ISO 3166 countries, enums of the code
        coded("ISO 3166 alpha-3 country code: a statistical variable, in clear by design (DESIGN.md)",
                "mission.country", "movement.origin_country", "movement.transit_country", "movement.destination_country",
                "person.nationality", "person.document_country", "case_document.issuing_country");
        coded("code of a code list (the list's values are fixed by Camino, not typed by users)",
                "person.sex", "person.document_type", "person.vulnerabilities", "movement.transport_means",
                "movement.escort", "case_file.closure_reason", "case_file.consent_purpose",
                "household_member.relationship", "case_document.document_type");
        coded("workflow status or case type: an enum of the code", "case_file.case_type", "case_file.status",
                "case_file.pending_status", "movement.status", "case_status_change.from_status",
                "case_status_change.to_status", "approval_request.from_status", "approval_request.to_status");
        coded("bulk import (V29): the case type and the import's state, enums of the code; the SHA-256 of the"
                        + " uploaded file (its identity, for importing it once); row numbers; the staff user who imported",
                "import_file.case_type", "import_file.status", "import_file.sha256", "import_file.skipped_rows",
                "import_file.created_by");
        coded("workflow settings: a case type, one of its statuses and the administrator who changed the days",
                "workflow_expected_days.case_type", "workflow_expected_days.status", "workflow_expected_days.changed_by");
        coded("retention settings: a case type and the administrator who changed its period",
                "retention_period.case_type", "retention_period.changed_by");
        coded("purge marker: RETENTION or CONSENT_WITHDRAWN, the withdrawal's reason code (an enum), the user or 'system'",
                "case_purge.reason", "case_purge.withdrawal_reason", "case_purge.purged_by");
        // --- identifiers Camino makes
        coded("case number, made by Camino from mission, type, year and a counter", "case_file.number");
        coded("mission code and name: the organisation's offices, not people", "mission.code", "mission.name");
        // --- blind indexes and hashes: keyed HMACs or SHA-256, no value can be read back
        coded("blind index: keyed HMAC of a normalised value (crypto.BlindIndex)", "person.name_index",
                "person.family_name_index", "person.document_index", "person.phone_index", "person.duplicate_key");
        coded("word keys of a name: keyed HMACs of each word, its transliteration and its sounds (crypto.NameVariants)",
                "person.name_keys");
        coded("password hash (Argon2) of a staff account", "app_user.password_hash");
        // --- central data repository: statistical records hold generalised codes only, by construction
        //     (platform.statistics.StatisticalRecord has no field for a name, a date of birth, a place or free text)
        coded("a statistical record as JSON, codes and pseudonyms only", "cdr_outbox.payload");
        coded("statistical variables: codes, bands and months", "cdr_outbox.mission", "cdr_record.mission",
                "cdr_record.case_type", "cdr_record.event_type", "cdr_record.sex", "cdr_record.age_band",
                "cdr_record.nationality", "cdr_record.origin_country", "cdr_record.destination_country",
                "cdr_record.status", "cdr_record.reason", "cdr_record.programme_code", "cdr_record.household_size_band",
                "cdr_record_key.mission", "cdr_tombstone.mission", "cdr_total.mission", "cdr_total.case_type",
                "cdr_total.event_type");
        coded("anonymised statistics written to be published (a release's series, title and methodology note, a"
                        + " table's name, the victims' extract of codes and bands) and their workflow: statuses, mission"
                        + " codes, HQ staff user names, a build's error and a publisher's reason for sending a release back,"
                        + " all about statistics, never about a person",
                "publication_release.series", "publication_release.title", "publication_release.methodology",
                "publication_release.missions", "publication_release.status", "publication_release.build_step",
                "publication_release.build_error", "publication_release.drafted_by", "publication_release.reviewed_by",
                "publication_release.review_note", "publication_table.table_id", "publication_extract.csv");
        coded("a node's access-log head: an HMAC under the access-log key (anchors HQ keeps and compares)",
                "cdr_node_anchor.head", "cdr_anchor_conflict.held_head", "cdr_anchor_conflict.shown_head");
        coded("record ids and pseudonyms: HMACs under the mission's pseudonymisation key", "cdr_outbox.record_id",
                "cdr_record.record_id", "cdr_record.case_pseudonym", "cdr_record.person_pseudonym",
                "cdr_record_key.record_id", "cdr_record_key.case_pseudonym", "cdr_tombstone.case_pseudonym");
        // --- mission reports: the mission's own copy of the statistical records it sends (same columns as cdr_record)
        coded("statistical variables of the mission's records: codes, bands and months", "stat_record.mission",
                "stat_record.case_type", "stat_record.event_type", "stat_record.sex", "stat_record.age_band",
                "stat_record.nationality", "stat_record.origin_country", "stat_record.destination_country",
                "stat_record.status", "stat_record.reason", "stat_record.programme_code",
                "stat_record.household_size_band", "stat_tombstone.mission");
        coded("report totals (V34): the coded columns of stat_record and case_file they group by",
                "stat_total.mission", "stat_total.case_type", "stat_total.event_type", "stat_total.programme_code",
                "stat_total.status", "stat_total.sex", "stat_total.age_band", "stat_total.nationality",
                "stat_total.origin_country", "stat_total.destination_country", "stat_total.household_size_band",
                "case_total.case_type", "case_total.status", "case_total.closure_reason", "case_milestone_total.case_type",
                "case_milestone_total.to_status", "case_status_now.case_type", "case_status_now.to_status");
        coded("record ids and pseudonyms of the mission's records: HMACs under its pseudonymisation key",
                "stat_record.record_id", "stat_record.case_pseudonym", "stat_record.person_pseudonym",
                "stat_tombstone.case_pseudonym", "stat_distinct_unit.unit");
        coded("report totals (V40): the coded columns of stat_record they group by (stat_distinct_unit's entries are"
                        + " the same codes: status, sex, age band, nationality, month)",
                "stat_distinct_total.mission", "stat_distinct_total.case_type", "stat_distinct_total.status",
                "stat_distinct_total.sex", "stat_distinct_total.age_band", "stat_distinct_total.nationality",
                "stat_distinct_unit.mission", "stat_distinct_unit.case_type");
        coded("HQ's report totals (V44): the coded columns of cdr_record they group by",
                "cdr_stat_total.mission", "cdr_stat_total.case_type", "cdr_stat_total.event_type",
                "cdr_stat_total.programme_code", "cdr_stat_total.status", "cdr_stat_total.sex", "cdr_stat_total.age_band",
                "cdr_stat_total.nationality", "cdr_stat_total.origin_country", "cdr_stat_total.destination_country",
                "cdr_stat_total.household_size_band", "cdr_stat_code_total.mission", "cdr_stat_code_total.case_type",
                "cdr_stat_code_total.event_type", "cdr_stat_code_total.programme_code");
        coded("transfer bookkeeping: outcomes, batch ids (UUIDs), mission codes, and errors written by the code "
                + "(field names, code-list and HTTP messages, never a value of a record)",
                "cdr_push_state.last_error", "cdr_push_attempt.outcome", "cdr_push_attempt.detail",
                "cdr_batch.batch_id", "cdr_batch.missions", "cdr_batch.outcome", "cdr_batch.error", "cdr_batch.source");
        coded("node credentials: the node's name an administrator gives, its mission codes, a SHA-256 of the "
                + "credential, the administrator's user name", "cdr_node.name", "cdr_node.missions",
                "cdr_node.credential_hash", "cdr_node.created_by");
        coded("a node's Ed25519 public key (base64), which verifies its batch files: public by design",
                "cdr_node.signing_key");
        coded("SHA-256 of an API token's secret", "api_token.token_hash");
        coded("access-log chain hashes (SHA-256)", "access_log.prev_hash", "access_log.hash");
        coded("SHA-256 of a damaged ciphertext, and the incident's reference, field and reason codes",
                "integrity_incident.value_hash", "integrity_incident.reference", "integrity_incident.field",
                "integrity_incident.table_name", "integrity_incident.column_name", "integrity_incident.reason");
        // --- mission reports: saved requests and the stored monthly reports
        coded("saved report: the staff owner's user name, the report id, and the name the owner gave the set of"
                        + " filters (a short label, 1-80 characters, like an API token's name: it names a report, not"
                        + " a case; reporting may not use crypto); the request itself is jsonb of codes",
                "saved_report.owner", "saved_report.name", "saved_report.report");
        coded("monthly report file: mission code, format (pdf, xlsx), file name made by Camino from mission and month,"
                + " media type", "monthly_report.mission", "monthly_report.format", "monthly_report.filename",
                "monthly_report.content_type");
        // --- staff accounts and what they do: staff are users of Camino, not the people in its cases
        coded("user name of a staff account (who did it), not of a person in a case", "app_user.username",
                "case_file.updated_by", "case_note.author", "case_status_change.changed_by",
                "case_status_change.approved_by", "approval_request.requested_by", "approval_request.decided_by",
                "case_document.recorded_by", "revinfo.username", "access_log.username");
        coded("display name of a staff account (shown in lists of who did what)", "app_user.display_name");
        coded("role codes and their descriptions, permissions (Shiro wildcard strings)", "app_role.code",
                "app_role.scope", "app_role.description", "role_permission.role_code", "role_permission.permission",
                "user_role.role_code");
        coded("name a staff member gave an API token (\"reports script\")", "api_token.name");
        // --- the access log: events about staff actions; targets are case numbers or field names, never values
        coded("access-log event code, target (case number, user name, table.column), client address and detail "
                        + "(codes and references; the code that writes it never puts a case's value there)",
                "access_log.event", "access_log.target", "access_log.address", "access_log.detail");
        // --- Camino's own bookkeeping
        coded("Flyway's migration history: script names and checksums", "flyway_schema_history.version",
                "flyway_schema_history.description", "flyway_schema_history.type", "flyway_schema_history.script",
                "flyway_schema_history.installed_by");
        coded("key-rotation progress: table names, primary keys of rows (numbers), key ids, staff user names",
                "key_rotation_progress.table_name", "key_rotation_progress.upper_key", "key_rotation_progress.last_key",
                "key_rotation_run.started_by", "key_rotation_run.target_key_id");
        coded("label of a formerly clear column (V16)", "clear_text_column.label");
        coded("the code lists themselves: codes, labels in three languages, the standard they follow",
                "code_list.code", "code_list.description", "code_list.source", "code_value.list_code", "code_value.code",
                "code_value.alt_code", "code_value.parent_list_code", "code_value.parent_code", "code_value.label_en",
                "code_value.label_fr", "code_value.label_es");
        coded("case type of a case-number counter", "case_counter.case_type");
        coded("approval decision (PENDING, APPROVED, REJECTED)", "approval_request.decision");
        coded("programme area a role is limited to (resettlement, avrr, health, trafficking)", "user_role.programme_area");
        // --- programme areas: every one of these is checked against its code list (CaseValidation.code/country)
        coded("resettlement: country (ISO 3166) and referral source, stage (code lists)",
                "resettlement_details.resettlement_country", "resettlement_details.referral_source",
                "resettlement_stage.stage");
        coded("AVRR: countries (ISO 3166), programme, migrant category, return reasons, vulnerabilities (code lists)",
                "return_details.host_country", "return_details.origin_country", "return_details.programme",
                "return_details.migrant_category", "return_details.return_reasons", "return_details.vulnerabilities");
        coded("AVRR: region of origin, a province-level statistical variable by design (ReturnDetails); typed, not"
                + " chosen from a list, so it should become a code list (left open in issue 12's report)",
                "return_details.origin_region");
        coded("AVRR: assistance type and level, monitoring visit (code lists), currency (ISO 4217)",
                "reintegration_assistance.assistance_type", "reintegration_assistance.assistance_level",
                "reintegration_assistance.currency", "monitoring_visit.visit");
        coded("health: outcome, findings, TB class, vaccinations, receiving country (code lists; the clinical notes"
                        + " and the physician are encrypted)", "health_assessment.outcome",
                "health_assessment.outcome_detail", "health_assessment.findings", "health_assessment.tb_class",
                "health_assessment.vaccinations", "health_assessment.receiving_country");
        coded("counter-trafficking (HTCDS v2.0 code lists; the narrative, event descriptions and referral notes are"
                        + " encrypted)", "trafficking_details.trafficking_status", "trafficking_details.status_decided_by",
                "trafficking_details.exploitation_types", "trafficking_details.sex_exploitation_types",
                "trafficking_details.forced_labour_industry", "trafficking_details.recruitment_methods",
                "trafficking_details.control_methods", "trafficking_details.relationship_to_trafficker",
                "trafficking_event.event_type", "trafficking_event.country", "support_plan_item.plan_type",
                "trafficking_referral.direction", "trafficking_referral.organisation_type", "trafficking_referral.reason");
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static EmbeddedPostgres postgres;
    private static Path dataDirectory;

    @BeforeAll
    static void startPostgres() throws IOException {
        dataDirectory = Files.createTempDirectory("camino-schema-test");
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyTextColumnIsEncryptedOrACodedColumnWithAReason() throws Exception {
        DataSource db = database("schema_check");
        flyway(db, null).migrate();
        Set<String> encrypted = encryptedColumns();
        Set<String> textColumns = textColumns(db);
        Set<String> tables = new TreeSet<>();
        textColumns.forEach(c -> tables.add(c.substring(0, c.indexOf('.'))));

        List<String> problems = new ArrayList<>();
        for (String column : textColumns) {
            String judged = asLiveColumn(column, tables);
            boolean isEncrypted = encrypted.contains(column);
            boolean isCoded = CODED.containsKey(judged);
            if (isEncrypted && isCoded) {
                problems.add(column + " is encrypted, yet on the list of clear coded columns");
            } else if (!isEncrypted && !isCoded) {
                problems.add(column + " is free text in clear: encrypt it (an EncryptedField) or, if it holds only"
                        + " codes, list it in CODED with the reason");
            }
        }
        for (String listed : CODED.keySet()) {
            if (!textColumns.contains(listed)) {
                problems.add(listed + " is on the list but is no text column of the schema any more: remove it");
            }
        }
        for (String column : encrypted) {
            if (!textColumns.contains(column)) {
                problems.add(column + " is declared encrypted but is no text column of the schema");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(encrypted.contains("movement.origin_place") && encrypted.contains("movement_aud.destination_place"));
    }

    @Test
    void theCheckCatchesAClearFreeTextColumn() throws Exception {
        DataSource db = database("schema_check_fails");
        flyway(db, null).migrate();
        execute(db, "alter table movement add column remarks text");
        assertFalse(encryptedColumns().contains("movement.remarks"));
        assertTrue(textColumns(db).contains("movement.remarks"));
        assertFalse(CODED.containsKey("movement.remarks"), "so the check above would name it");
    }

    @Test
    void clearPlacesOfMovementsWrittenBeforeV16AreEncryptedOnceAtStartUp() throws Exception {
        DataSource db = database("clear_places");
        flyway(db, lastVersionBefore16(db)).migrate();
        // a movement, its two history rows, and a deleted movement's history row, as V4 stored them
        // (replica role: the rows they refer to are not needed for this)
        execute(db, "set session_replication_role = replica; "
                + "insert into movement (id, case_id, origin_country, origin_place, destination_country, destination_place, status)"
                + " values (1, 1, 'KEN', 'Kakuma camp, block 4', 'CAN', 'Toronto', 'PLANNED');"
                + "insert into movement_aud (rev, revtype, id, origin_place, destination_place)"
                + " values (1, 0, 1, 'Kakuma', 'Toronto'), (2, 1, 1, 'Kakuma camp, block 4', 'Toronto'),"
                + " (3, 0, 2, 'Dadaab', null)");
        flyway(db, null).migrate();

        Map<String, String> uuids = query(db, "select 'live', uuid::text from movement union all "
                + "select rev::text, uuid::text from movement_aud order by 1");
        assertEquals(uuids.get("live"), uuids.get("1"), "history rows carry their movement's uuid");
        assertEquals(uuids.get("live"), uuids.get("2"));
        assertNotNull(uuids.get("3"), "a deleted movement's history gets a uuid of its own");

        KeyRing ring = new KeyRing("k1", Map.of("k1", secret()), secret());
        FieldCipher cipher = new FieldCipher(ring);
        ClearTextEncryption step = step(db, cipher);
        step.encryptPendingColumns();

        Map<String, String> places = query(db, "select 'live', origin_place from movement union all "
                + "select 'aud' || rev, origin_place from movement_aud union all "
                + "select 'live-dest', destination_place from movement");
        assertTrue(places.values().stream().allMatch(v -> v.startsWith("v1:k1:")), places.toString());
        String live = uuids.get("live");
        assertEquals("Kakuma camp, block 4", cipher.decrypt(places.get("live"), new FieldContext("movement.origin_place", live)));
        assertEquals("Toronto", cipher.decrypt(places.get("live-dest"), new FieldContext("movement.destination_place", live)));
        assertEquals("Kakuma", cipher.decrypt(places.get("aud1"), new FieldContext("movement.origin_place", live)));
        assertEquals("Dadaab", cipher.decrypt(places.get("aud3"), new FieldContext("movement.origin_place", uuids.get("3"))));
        assertEquals(Map.of("movement.destination_place", "done", "movement.origin_place", "done"),
                query(db, "select label, case when encrypted_at is null then 'pending' else 'done' end from clear_text_column"));

        // afterwards a clear value is a damaged value like any other: not encrypted, not readable
        execute(db, "update movement set origin_place = 'Put here by hand'");
        step(db, cipher).encryptPendingColumns();
        String handWritten = query(db, "select 'live', origin_place from movement").get("live");
        assertEquals("Put here by hand", handWritten);
        assertThrows(TamperedCiphertextException.class,
                () -> cipher.decrypt(handWritten, new FieldContext("movement.origin_place", live)));
    }

    // --- the pieces

    private static ClearTextEncryption step(DataSource db, FieldCipher cipher) throws Exception {
        RotationStore store = new RotationStore();
        store.dataSource = db;
        RowRotator rotator = new RowRotator();
        rotator.cipher = cipher;
        TableRotation rotation = new TableRotation();
        rotation.store = store;
        rotation.rotator = rotator;
        ClearTextEncryption step = new ClearTextEncryption();
        step.store = store;
        step.rotation = rotation;
        step.columns = EncryptedColumns.of(entities());
        return step;
    }

    /** {@code table.column} of every column some entity declares encrypted, Envers history included. */
    private static Set<String> encryptedColumns() throws Exception {
        EncryptedColumnScanner.Result found = EncryptedColumnScanner.scan(entities());
        assertTrue(found.problems().isEmpty(), found.problems().toString());
        Set<String> columns = new TreeSet<>();
        found.tables().forEach(t -> t.columns().forEach(c -> columns.add(t.name() + "." + c.column())));
        return columns;
    }

    /** Every {@code @Entity} class of the ejb module. */
    private static List<Class<?>> entities() throws Exception {
        Path classes = Path.of(Movement.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, FreeTextEncryptionTest.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        }
        assertTrue(entities.size() > 10, "entities found: " + entities);
        return entities;
    }

    /** {@code table.column} of every text, varchar, char or text-array column of Camino's schema. */
    private static Set<String> textColumns(DataSource db) throws SQLException {
        return new TreeSet<>(query(db, """
                select table_name || '.' || column_name, data_type from information_schema.columns
                 where table_schema = 'camino'
                   and (data_type in ('text', 'character varying', 'character')
                        or (data_type = 'ARRAY' and udt_name in ('_text', '_varchar', '_bpchar')))""").keySet());
    }

    private static String asLiveColumn(String column, Set<String> tables) {
        String table = column.substring(0, column.indexOf('.'));
        if (table.endsWith("_aud") && tables.contains(table.substring(0, table.length() - 4))) {
            return table.substring(0, table.length() - 4) + column.substring(column.indexOf('.'));
        }
        return column;
    }

    private static DataSource database(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name + "?currentSchema="
                + SchemaMigration.SCHEMA);
        db.setUser("postgres");
        db.setPassword("postgres");
        return db;
    }

    private static Flyway flyway(DataSource db, String target) {
        var config = Flyway.configure().dataSource(db).schemas(SchemaMigration.SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").failOnMissingLocations(true);
        return (target == null ? config : config.target(target)).load();
    }

    /** The newest migration before V16 (other branches may add some between V11 and V16). */
    private static String lastVersionBefore16(DataSource db) {
        return Stream.of(flyway(db, null).info().all()).map(m -> m.getVersion())
                .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("16")) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** First column to second, for queries of two text columns. */
    private static Map<String, String> query(DataSource db, String sql) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                if (rows.put(rs.getString(1), rs.getString(2)) != null) {
                    fail("two rows for " + rs.getString(1));
                }
            }
        }
        return rows;
    }

    private static byte[] secret() {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }
}
