package org.camino.privacy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No record of Camino prints a value that may be personal in its
 * {@code toString()}: requests, forms and views end up in exception messages
 * and logs (Hibernate Validator's method-validation message lists every
 * argument). Each record is built with a marked value in every text field;
 * its text may show only the fields named here as codes or identifiers.
 */
class RecordsPrintNoPersonalDataTest {

    /**
     * Components that hold codes, numbers, states or staff identifiers, never
     * a beneficiary's data. A new text field counts as personal until it is
     * named here.
     */
    private static final Set<String> CODED = Set.of(
            "allowedTransitions", "applicationVersion", "area", "approvedBy", "assignee", "assigneeName", "author", "by", "caseNumber",
            "caseType", "changedBy", "closedStates", "closureReason", "code", "column", "columns", "consentPurpose",
            "controlMethods", "country", "currency", "current", "currentKeyId", "destinationCountry", "dimension", "direction",
            "displayName", "documentCountry", "documentType", "en", "es", "escort", "event", "exitStatus",
            "exploitationTypes", "field", "forcedLabourIndustry", "fr", "from", "fromStatus", "hash", "hostCountry",
            "initial", "issuingCountry", "keyId", "keyIds", "kind", "label", "level", "matchedOn",
            "messageKey", "migrantCategory", "mission", "missionCode", "missions", "nationality", "nodeRole", "number",
            "organisationType", "originCountry", "originRegion", "outcome", "parent", "pendingStatus", "permissions", "prevHash",
            "previous", "principalSex", "problem", "problems", "programme", "programmeArea", "receivingCountry", "record",
            "recordedBy", "recruitmentMethods", "referralSource", "relationship", "relationshipToTrafficker", "requestedBy", "resettlementCountry", "returnReasons",
            "roleCode", "roles", "row", "schemaVersion", "scope", "sex", "sexExploitationTypes", "sort",
            "stage", "startedBy", "state", "states", "status", "statusDecidedBy", "statusPath", "table",
            "target", "targetKeyId", "tbClass", "to", "tokenMission", "toStatus", "traffickingStatus", "transitCountry",
            "transportMeans", "type", "types", "updatedBy", "username", "uuid", "vaccinations", "visit",
            "vulnerabilities", "missionsByType",
            // integrity incidents: a reference (INC-...), what kind of record (person, movement), a row's uuid, a SHA-256
            "incident", "reference", "owner", "rowUuid", "valueHash",
            // retention: counts per case type; a consent withdrawal's reason is a code (ConsentWithdrawals.WithdrawalReason)
            "byCaseType", "withdrawalReason");

    /** The same, for a name that is personal elsewhere: {@code Record.component}. */
    private static final Set<String> CODED_IN = Set.of(
            "RoleView.description", "MissionView.name", "NewMission.name", "WordKey.key", "TokenInfo.name", "TokenRequest.name", "EncryptedTable.name", "Entry.address", "Entry.detail",
            "Incident.reason", // TAMPERED or UNKNOWN_KEY
            // the access log: an entry waiting for its writer is an Entry; a head is an HMAC; a source names a file or HQ
            "Pending.address", "Pending.detail", "Anchor.head", "ChainCheck.head", "Anchor.source",
            // a publisher's reason for sending a release of statistics back
            "Decision.reason",
            // the name a user gives a saved report (a label for a set of filters); a month a monthly report is of
            "Rename.name", "MonthlyReady.month",
            // why a case's personal data was deleted: RETENTION or CONSENT_WITHDRAWN; the withdrawal's reason code
            "PurgeMark.reason",
            // a node's batch-file signature: its public key and an Ed25519 signature, both public by design
            "Signed.signer", "Signed.signature",
            // bulk import: a blank template's generated name and type; an import column's name and code list
            "TemplateFile.fileName", "TemplateFile.contentType", "Column.name", "Column.codeList",
            // what a case's statistical records share: keyed HMACs of row ids, as HQ receives them
            "StatisticalCase.casePseudonym", "StatisticalCase.personPseudonym",
            // a role's permission template (case:read:{area}:{mission}), product data of role_permission
            "Grant.permissionTemplate");

    /**
     * The statistics areas hold no personal value by construction (ArchitectureTest: no crypto, no entity
     * with an encrypted field; records of generalised codes only): there, only secrets must not print.
     */
    private static final List<String> STATISTICS = List.of("org.camino.repository.", "org.camino.platform.statistics.",
            "org.camino.reporting.", "org.camino.publishing.");
    private static final Set<String> SECRETS = Set.of("credential", "password", "secret", "token");

    @Test
    void noRecordPrintsAPersonalValue() throws Exception {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.camino")) {
            if (!type.getRawSuperclass().map(s -> s.getName().equals(Record.class.getName())).orElse(false)) {
                continue;
            }
            Class<?> record = Class.forName(type.getName(), false, getClass().getClassLoader());
            boolean statistics = STATISTICS.stream().anyMatch(record.getName()::startsWith);
            if (statistics && Arrays.stream(record.getRecordComponents()).noneMatch(c -> SECRETS.contains(c.getName()))) {
                continue; // nothing to check there (no secret), and its checks may refuse made-up values
            }
            String printed;
            try {
                printed = instance(record).toString();
            } catch (ReflectiveOperationException | RuntimeException e) {
                leaks.add(record.getName() + " could not be built to check it: " + e);
                continue;
            }
            checked++;
            for (RecordComponent component : record.getRecordComponents()) {
                if (statistics && !SECRETS.contains(component.getName())) {
                    continue;
                }
                if (printed.contains(marker(component)) && !CODED.contains(component.getName())
                        && !CODED_IN.contains(record.getSimpleName() + "." + component.getName())) {
                    leaks.add(record.getName() + "." + component.getName());
                }
            }
        }
        assertTrue(checked > 50, "found Camino's records: " + checked);
        assertEquals(new TreeSet<>(), new TreeSet<>(leaks), "records that print a possibly personal value");
    }

    private static Object instance(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i]);
        }
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return marker(component);
        }
        if (type == List.class || type == java.util.Collection.class || type == Set.class) {
            Type generic = component.getGenericType();
            boolean ofStrings = generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class;
            return type == Set.class ? (ofStrings ? Set.of(marker(component)) : Set.of())
                    : (ofStrings ? List.of(marker(component)) : List.of());
        }
        if (type == java.util.Map.class) {
            return java.util.Map.of("a-key", marker(component));
        }
        if (type == boolean.class) return false;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == double.class) return 0.0;
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (type == Integer.class) return 0;
        if (type == Long.class) return 0L;
        if (type == java.math.BigDecimal.class) return java.math.BigDecimal.ZERO;
        if (type == java.time.LocalDate.class) return java.time.LocalDate.of(2000, 1, 1);
        if (type == java.time.Instant.class) return java.time.Instant.EPOCH;
        return null;
    }

    private static String marker(RecordComponent component) {
        return "\u00a7" + component.getName() + "\u00a7";
    }
}
