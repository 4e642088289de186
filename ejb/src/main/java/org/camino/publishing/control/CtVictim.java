package org.camino.publishing.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One victim of the counter-trafficking extract, before disclosure control:
 * the principal of one counter-trafficking case, with the variables of CTDC's
 * public data set that record schema 1 can give. Codes, never the case
 * pseudonym: nothing links a row back to a case.
 *
 * @param yearOfRegistration    year of the case's registration
 * @param gender                SEX code at registration (UNKNOWN when not recorded)
 * @param ageBroad              AGE_BAND code (publication band) at registration, {@value #UNKNOWN} when unknown
 * @param citizenship           COUNTRY (alpha-3) or NATIONALITY_SPECIAL code, {@value #UNKNOWN} when not recorded
 * @param countryOfExploitation COUNTRY code of the first exploitation event, {@value #UNKNOWN} when none has a country
 * @param typeOfSupport         SUPPORT_PLAN_TYPE codes of the case's support items, sorted, joined by ';', or {@value #NONE}
 * @param traffickingStages     TRAFFICKING_EVENT_TYPE codes of the case's events, sorted, joined by ';', or {@value #NONE}
 */
public record CtVictim(int yearOfRegistration, String gender, String ageBroad, String citizenship,
                       String countryOfExploitation, String typeOfSupport, String traffickingStages) {

    /** An empty set (no support item, no trafficking event recorded). */
    public static final String NONE = "NONE";
    /** A value not recorded (SDMX's code for unknown, as in AGE_BAND). */
    public static final String UNKNOWN = "_U";

    // Column names of CTDC's public data set where it has the variable (HTCDS: prs_Gender, prs_Citizenship,
    // vic_LocationOfExploitation, spl_Type, hte_Type); the last two are Camino's, in CTDC's style.
    public static final String YEAR_OF_REGISTRATION = "yearOfRegistration";
    public static final String GENDER = "gender";
    public static final String AGE_BROAD = "ageBroad";
    public static final String CITIZENSHIP = "citizenship";
    public static final String COUNTRY_OF_EXPLOITATION = "CountryOfExploitation";
    public static final String TYPE_OF_SUPPORT = "typeOfSupportConcatenated";
    public static final String TRAFFICKING_STAGES = "traffickingStagesConcatenated";

    /** Every column, in the order of {@link #values()}. */
    public static final List<String> COLUMNS = List.of(YEAR_OF_REGISTRATION, GENDER, AGE_BROAD, CITIZENSHIP,
            COUNTRY_OF_EXPLOITATION, TYPE_OF_SUPPORT, TRAFFICKING_STAGES);

    /** The row by column name, as {@link CtMicrodataExtract} takes it. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(YEAR_OF_REGISTRATION, Integer.toString(yearOfRegistration));
        values.put(GENDER, gender);
        values.put(AGE_BROAD, ageBroad);
        values.put(CITIZENSHIP, citizenship);
        values.put(COUNTRY_OF_EXPLOITATION, countryOfExploitation);
        values.put(TYPE_OF_SUPPORT, typeOfSupport);
        values.put(TRAFFICKING_STAGES, traffickingStages);
        return values;
    }
}
