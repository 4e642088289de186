package org.camino.publishing.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a published table counts: statistical records of one case type and
 * event, each counted once (so that every margin is the sum of its cells, which
 * the disclosure audit relies on), and the dimensions a table over them may
 * have (dimension id → coded column of {@code cdr_record}, and its code list).
 * Nothing else of the store can reach a table.
 */
public enum Population {

    /** AVRR returns: movements of AVRR cases that departed or arrived (one record per movement). */
    AVRR_RETURNS("avrr-returns", "AVR", "event_type = 'MOVEMENT' and programme_code in ('DEPARTED', 'ARRIVED')", 5,
            dims(Dim.of("returnCountry", "destination_country", "COUNTRY", false),
                    Dim.of("hostCountry", "origin_country", "COUNTRY", false),
                    Dim.of("nationality", "nationality", "COUNTRY", false),
                    Dim.of("sex", "sex", "SEX", false), Dim.of("ageBand", "age_band", "AGE_BAND", false), Dim.MONTH)),
    /** Reintegration assistance items delivered or planned. */
    AVRR_REINTEGRATION("avrr-reintegration", "AVR", "event_type = 'REINTEGRATION_ASSISTANCE'", 5,
            dims(Dim.of("assistanceType", "programme_code", "REINTEGRATION_ASSISTANCE", false),
                    Dim.of("sex", "sex", "SEX", false), Dim.of("ageBand", "age_band", "AGE_BAND", false), Dim.MONTH)),
    /** Resettlement departures: movements that departed or arrived. */
    RESETTLEMENT_DEPARTURES("resettlement-departures", "RST",
            "event_type = 'MOVEMENT' and programme_code in ('DEPARTED', 'ARRIVED')", 5,
            dims(Dim.of("destinationCountry", "destination_country", "COUNTRY", false),
                    Dim.of("nationality", "nationality", "COUNTRY", false),
                    Dim.of("householdSize", "household_size_band", null, false),
                    Dim.of("sex", "sex", "SEX", false), Dim.of("ageBand", "age_band", "AGE_BAND", false), Dim.MONTH)),
    /** Migration health assessments; the outcome is health data, so it is a sensitive dimension. */
    HEALTH_ASSESSMENTS("health-assessments", "MHA", "event_type = 'HEALTH_ASSESSMENT'", 5,
            dims(Dim.of("outcome", "programme_code", "HEALTH_OUTCOME", true),
                    Dim.of("programme", "destination_country", "COUNTRY", false),
                    Dim.of("nationality", "nationality", "COUNTRY", false),
                    Dim.of("sex", "sex", "SEX", false), Dim.of("ageBand", "age_band", "AGE_BAND", false), Dim.MONTH)),
    /** Victims of trafficking assisted: counter-trafficking cases registered (one record per victim). */
    TRAFFICKING_VICTIMS("trafficking-victims", "CTA", "event_type = 'REGISTRATION'", 10,
            dims(Dim.of("citizenship", "nationality", "COUNTRY", false),
                    Dim.of("sex", "sex", "SEX", false), Dim.of("ageBand", "age_band", "AGE_BAND", false), Dim.MONTH)),
    /** Trafficking events (recruitment, transit, exploitation) by type and country where they happened. */
    TRAFFICKING_EVENTS("trafficking-events", "CTA", "event_type = 'TRAFFICKING_EVENT'", 10,
            dims(Dim.of("eventType", "programme_code", "TRAFFICKING_EVENT_TYPE", true),
                    Dim.of("country", "destination_country", "COUNTRY", false),
                    Dim.of("sex", "sex", "SEX", false), Dim.of("ageBand", "age_band", "AGE_BAND", false), Dim.MONTH));

    /** The value of a dimension a record does not carry (SDMX's "unknown"). */
    public static final String UNKNOWN = "_U";

    /**
     * One dimension: its id, the coded column it reads, the code list of its
     * values (labels) and whether it is sensitive (group disclosure check).
     */
    public record Dim(String id, String column, String codeList, boolean sensitive) {
        static final Dim MONTH = new Dim("month", null, null, false);

        static Dim of(String id, String column, String codeList, boolean sensitive) {
            return new Dim(id, column, codeList, sensitive);
        }

        /** The SQL value of the dimension for one record. */
        String sql() {
            return column == null ? "to_char(event_month, 'YYYY-MM')" : "coalesce(" + column + ", '" + UNKNOWN + "')";
        }

        public boolean isMonth() {
            return column == null;
        }
    }

    private final String id;
    private final String caseType;
    private final String condition;
    private final int threshold;
    private final Map<String, Dim> dimensions;

    Population(String id, String caseType, String condition, int threshold, Map<String, Dim> dimensions) {
        this.id = id;
        this.caseType = caseType;
        this.condition = condition;
        this.threshold = threshold;
        this.dimensions = dimensions;
    }

    public String id() {
        return id;
    }

    public String caseType() {
        return caseType;
    }

    /** Counter-trafficking: nobody at HQ sees its true small counts. */
    public boolean counterTrafficking() {
        return "CTA".equals(caseType);
    }

    /** The SQL condition on cdr_record (besides case type, period and missions); a constant of this class. */
    String condition() {
        return condition;
    }

    /** The lowest threshold any table of this population may have (10 for counter-trafficking, as CTDC's k = 11). */
    public int threshold() {
        return threshold;
    }

    public List<Dim> dimensions() {
        return List.copyOf(dimensions.values());
    }

    public Optional<Dim> dimension(String dimensionId) {
        return Optional.ofNullable(dimensions.get(dimensionId));
    }

    public static Optional<Population> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    private static Map<String, Dim> dims(Dim... dims) {
        Map<String, Dim> map = new LinkedHashMap<>();
        for (Dim dim : dims) {
            map.put(dim.id(), dim);
        }
        return map;
    }
}
