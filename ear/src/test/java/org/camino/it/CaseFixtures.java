package org.camino.it;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Registrations as JSON, with names unique to each test so that tests never see each other's people. */
final class CaseFixtures {

    static final String PASSWORD = WebClient.DEMO_PASSWORD;

    private CaseFixtures() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static String person(String given, String family, String birthDate, String document, String phone) {
        return "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + birthDate
                + "\",\"sex\":\"FEMALE\",\"nationality\":\"SOM\",\"documentType\":\"PASSPORT\",\"documentNumber\":\""
                + document + "\",\"documentCountry\":\"SOM\",\"phone\":\"" + phone
                + "\",\"address\":\"Block 7, Dadaab camp\",\"vulnerabilities\":[\"SINGLE_PARENT\"]}";
    }

    static String movement() {
        return "{\"originCountry\":\"KEN\",\"originPlace\":\"Nairobi\",\"destinationCountry\":\"CAN\","
                + "\"destinationPlace\":\"Toronto\",\"plannedDeparture\":\"2026-12-01\",\"plannedArrival\":\"2026-12-02\","
                + "\"transportMeans\":\"AIR\",\"escort\":\"NONE\",\"status\":\"PLANNED\"}";
    }

    static String newCase(String type, String mission, String principal, String members, boolean acknowledged) {
        return "{\"type\":\"" + type + "\",\"mission\":\"" + mission + "\",\"principal\":" + principal
                + ",\"members\":" + members + ",\"movement\":" + movement()
                + ",\"consentPurpose\":\"CASE_MANAGEMENT\",\"consentDate\":\"2026-11-01\",\"duplicatesAcknowledged\":"
                + acknowledged + "}";
    }

    /** Registers a case and returns its JSON. */
    static String register(String token, String type, String mission, String principal) {
        String child = "[{\"person\":" + person(unique("Child"), unique("Fam"), "2018-03-04", "", "")
                .replace("\"documentType\":\"PASSPORT\",", "") + ",\"relationship\":\"CHILD\"}]";
        HttpResponse<String> created = Api.post("/api/cases", token, newCase(type, mission, principal, child, true));
        assertEquals(201, created.statusCode(), created.body());
        return created.body();
    }

    static String number(String caseJson) {
        return Api.jsonString(caseJson, "number");
    }

    /** The case's own status (movements have a "status" too; the case's comes just before its statusHistory). */
    static String status(String caseJson) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"status\":\"([A-Z_]+)\",\"statusHistory\"").matcher(caseJson);
        if (!m.find()) {
            throw new AssertionError("no case status in " + caseJson);
        }
        return m.group(1);
    }

    /** The case's own version: the last field of the case object (members and movements have versions too). */
    static long version(String caseJson) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"version\":(\\d+)}\\s*$").matcher(caseJson);
        if (!m.find()) {
            throw new AssertionError("no case version in " + caseJson);
        }
        return Long.parseLong(m.group(1));
    }
}
