package org.camino.platform.statistics;

/**
 * What a statistical record counts. Each type says which code list its
 * {@code programmeCode} comes from (null: it has none).
 */
public enum StatisticalEventType {
    /** A case was registered (month: opened). */
    REGISTRATION(null),
    /** A workflow milestone was reached (status), closures with their reason. */
    STATUS_CHANGE(null),
    /** A movement (programme code: its status; origin and destination countries). */
    MOVEMENT("MOVEMENT_STATUS"),
    /** A reintegration assistance item (programme code: the assistance type). */
    REINTEGRATION_ASSISTANCE("REINTEGRATION_ASSISTANCE"),
    /** A reintegration monitoring visit (programme code: which visit). */
    MONITORING_VISIT("MONITORING_VISIT"),
    /** A migration health assessment (programme code: its outcome). */
    HEALTH_ASSESSMENT("HEALTH_OUTCOME"),
    /** A counter-trafficking event: recruitment, transit, exploitation. */
    TRAFFICKING_EVENT("TRAFFICKING_EVENT_TYPE"),
    /** A counter-trafficking support plan item. */
    SUPPORT_ITEM("SUPPORT_PLAN_TYPE"),
    /** The case is gone (deleted, consent withdrawn): HQ removes all its records. */
    TOMBSTONE(null);

    private final String programmeCodeList;

    StatisticalEventType(String programmeCodeList) {
        this.programmeCodeList = programmeCodeList;
    }

    /** The code list of {@link StatisticalRecord#programmeCode()} for this type, or null. */
    public String programmeCodeList() {
        return programmeCodeList;
    }
}
