package org.camino.platform.statistics;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One statistical record of the central data repository, schema
 * {@value #SCHEMA_VERSION}: what happened (event type, month), to which kind of
 * case in which mission, with generalised variables only. Case and person
 * appear as pseudonyms (keyed HMACs computed by the mission, 32 hex
 * characters); there is no field for a name, a date of birth, a document
 * number, a place or free text, so none can travel.
 * <p>
 * The case areas build it (with version 0) and announce it as a CDI event;
 * the repository gives it its version (the outbox sequence: a later change
 * of the same record always has a higher one) and sends it to HQ as JSON.
 * A tombstone carries only the case pseudonym: HQ removes every record of
 * that case.
 *
 * @param recordId          stable id of the record: a pseudonym of the row and the event it comes from
 * @param version           higher wins at HQ; 0 until the outbox assigns it
 * @param mission           mission code
 * @param caseType          CASE_TYPE code
 * @param eventType         what happened
 * @param eventMonth        month of the event
 * @param casePseudonym     the case, pseudonymised
 * @param personPseudonym   the principal applicant (or the person concerned), pseudonymised
 * @param sex               SEX code
 * @param ageBand           AGE_BAND code, age at the event
 * @param nationality       COUNTRY (or NATIONALITY_SPECIAL) code
 * @param originCountry     COUNTRY code
 * @param destinationCountry COUNTRY code
 * @param status            workflow status reached (status changes)
 * @param reason            CASE_CLOSURE_REASON code (closures)
 * @param programmeCode     a code of the list {@link StatisticalEventType#programmeCodeList()} names
 * @param householdSizeBand {@link HouseholdSizeBand} code
 * @param tombstone         the case is gone: remove all its records
 */
public record StatisticalRecord(String recordId, long version, String mission, String caseType,
                                StatisticalEventType eventType, YearMonth eventMonth, String casePseudonym,
                                String personPseudonym, String sex, String ageBand, String nationality,
                                String originCountry, String destinationCountry, String status, String reason,
                                String programmeCode, String householdSizeBand, boolean tombstone) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * One JSON provider for good: {@code jakarta.json.Json.create...} looks the provider up with a ServiceLoader
     * scan of the deployment's jars at every call, and a record is written once per case event (the initial load
     * spent one thread dump of five there).
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    /** The fields of schema 1, in this order in JSON; no other field is accepted. */
    public static final List<String> FIELDS = List.of("recordId", "version", "mission", "caseType", "eventType",
            "eventMonth", "casePseudonym", "personPseudonym", "sex", "ageBand", "nationality", "originCountry",
            "destinationCountry", "status", "reason", "programmeCode", "householdSizeBand", "tombstone");

    private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern MISSION = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");

    public StatisticalRecord withVersion(long newVersion) {
        return new StatisticalRecord(recordId, newVersion, mission, caseType, eventType, eventMonth, casePseudonym,
                personPseudonym, sex, ageBand, nationality, originCountry, destinationCountry, status, reason,
                programmeCode, householdSizeBand, tombstone);
    }

    /** The coded values of the record by field name, for code-list checks: field → value (nulls left out). */
    public Map<String, String> codedValues() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "caseType", caseType);
        put(values, "sex", sex);
        put(values, "ageBand", ageBand);
        put(values, "nationality", nationality);
        put(values, "originCountry", originCountry);
        put(values, "destinationCountry", destinationCountry);
        put(values, "reason", reason);
        put(values, "programmeCode", programmeCode);
        return values;
    }

    private static void put(Map<String, String> values, String field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("recordId", recordId).add("version", version).add("mission", mission);
        add(json, "caseType", caseType);
        json.add("eventType", eventType.name()).add("eventMonth", eventMonth.toString());
        add(json, "casePseudonym", casePseudonym);
        add(json, "personPseudonym", personPseudonym);
        add(json, "sex", sex);
        add(json, "ageBand", ageBand);
        add(json, "nationality", nationality);
        add(json, "originCountry", originCountry);
        add(json, "destinationCountry", destinationCountry);
        add(json, "status", status);
        add(json, "reason", reason);
        add(json, "programmeCode", programmeCode);
        add(json, "householdSizeBand", householdSizeBand);
        return json.add("tombstone", tombstone).build();
    }

    private static void add(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }

    /**
     * Reads a record of schema 1 strictly: an unknown field, a missing
     * required one, a value of the wrong type or shape is refused with a
     * message naming the field (prefixed with {@code where}). Code lists are
     * the receiver's to check ({@link #codedValues()}).
     */
    public static StatisticalRecord fromJson(JsonObject json, String where) {
        List<String> problems = new ArrayList<>();
        for (String field : json.keySet()) {
            if (!FIELDS.contains(field)) {
                problems.add(where + "." + field + ": unknown field in schema " + SCHEMA_VERSION);
            }
        }
        Reader r = new Reader(json, where, problems);
        String recordId = r.matching("recordId", PSEUDONYM, true);
        long version = r.positiveLong("version");
        String mission = r.matching("mission", MISSION, true);
        StatisticalEventType eventType = r.eventType();
        YearMonth month = r.month();
        boolean tombstone = r.bool("tombstone");
        boolean needsCase = !tombstone;
        String caseType = r.matching("caseType", CODE, needsCase);
        String casePseudonym = r.matching("casePseudonym", PSEUDONYM, true);
        String personPseudonym = r.matching("personPseudonym", PSEUDONYM, false);
        String sex = r.matching("sex", CODE, false);
        String ageBand = r.matching("ageBand", CODE, false);
        String nationality = r.matching("nationality", CODE, false);
        String origin = r.matching("originCountry", CODE, false);
        String destination = r.matching("destinationCountry", CODE, false);
        String status = r.matching("status", CODE, false);
        String reason = r.matching("reason", CODE, false);
        String programmeCode = r.matching("programmeCode", CODE, false);
        String household = r.matching("householdSizeBand", Pattern.compile("[0-9+]{1,4}|[0-9]-[0-9]"), false);
        if (household != null && !HouseholdSizeBand.CODES.contains(household)) {
            problems.add(where + ".householdSizeBand: '" + household + "' is not one of " + HouseholdSizeBand.CODES);
        }
        if (eventType != null && tombstone != (eventType == StatisticalEventType.TOMBSTONE)) {
            problems.add(where + ".tombstone: must be true exactly for eventType TOMBSTONE");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return new StatisticalRecord(recordId, version, mission, caseType, eventType, month, casePseudonym,
                personPseudonym, sex, ageBand, nationality, origin, destination, status, reason, programmeCode,
                household, tombstone);
    }

    /** A record that does not follow its schema; the messages name each field. */
    public static class InvalidRecordException extends RuntimeException {
        private final List<String> problems;

        public InvalidRecordException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private record Reader(JsonObject json, String where, List<String> problems) {

        String matching(String field, Pattern pattern, boolean required) {
            JsonValue value = json.get(field);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    problems.add(where + "." + field + ": required");
                }
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                problems.add(where + "." + field + ": must be a string");
                return null;
            }
            String text = json.getString(field);
            if (!pattern.matcher(text).matches()) {
                problems.add(where + "." + field + ": malformed value");
                return null;
            }
            return text;
        }

        long positiveLong(String field) {
            JsonValue value = json.get(field);
            if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER
                    || !json.getJsonNumber(field).isIntegral() || json.getJsonNumber(field).longValue() < 1) {
                problems.add(where + "." + field + ": must be a positive whole number");
                return 0;
            }
            return json.getJsonNumber(field).longValue();
        }

        boolean bool(String field) {
            JsonValue value = json.get(field);
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value != JsonValue.FALSE) {
                problems.add(where + "." + field + ": must be true or false");
            }
            return false;
        }

        StatisticalEventType eventType() {
            String text = matching("eventType", CODE, true);
            if (text == null) {
                return null;
            }
            try {
                return StatisticalEventType.valueOf(text);
            } catch (IllegalArgumentException e) {
                problems.add(where + ".eventType: '" + text + "' is not an event type of schema " + SCHEMA_VERSION);
                return null;
            }
        }

        YearMonth month() {
            String text = matching("eventMonth", Pattern.compile("[0-9]{4}-[0-9]{2}"), true);
            if (text == null) {
                return null;
            }
            try {
                return YearMonth.parse(text);
            } catch (RuntimeException e) {
                problems.add(where + ".eventMonth: not a month");
                return null;
            }
        }
    }
}
