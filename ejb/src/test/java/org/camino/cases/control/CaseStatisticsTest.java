package org.camino.cases.control;

import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.cases.entity.Household;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.Person;
import org.camino.cases.entity.StatusChange;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.FieldCipher;
import org.camino.crypto.KeyRing;
import org.camino.crypto.Pseudonyms;
import org.camino.missions.entity.Mission;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.platform.statistics.StatisticalRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A statistical record carries codes, a month and pseudonyms: never a personal value of the case. */
class CaseStatisticsTest {

    private static final List<String> PERSONAL = List.of("Amina", "Warsame", "1988-07-14", "P1234567", "+254700111222",
            "amina@example.org", "Block 7, Dadaab camp", "Nairobi", "Toronto", "Fled the conflict", "KEN-RST-2026-000042");

    private final SecureRandom random = new SecureRandom();
    private Pseudonyms pseudonyms;

    @BeforeEach
    void installCipher() {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        byte[] blind = new byte[KeyRing.KEY_BYTES];
        byte[] pseudonymKey = new byte[KeyRing.KEY_BYTES];
        random.nextBytes(key);
        random.nextBytes(blind);
        random.nextBytes(pseudonymKey);
        EncryptedField.install(new FieldCipher(new KeyRing("t1", Map.of("t1", key), blind)));
        pseudonyms = new Pseudonyms(pseudonymKey);
    }

    @AfterEach
    void uninstallCipher() {
        EncryptedField.install(null);
    }

    @Test
    void registrationCarriesGeneralisedVariablesAndPseudonymsOnly() throws Exception {
        CaseFile caseFile = caseFile("KEN");
        StatisticalRecord record = CaseStatistics.registration(caseFile, pseudonyms);

        assertEquals(StatisticalEventType.REGISTRATION, record.eventType());
        assertEquals("KEN", record.mission());
        assertEquals("RST", record.caseType());
        assertEquals(YearMonth.of(2026, 3), record.eventMonth());
        assertEquals("FEMALE", record.sex());
        assertEquals("Y35T44", record.ageBand(), "born 1988, registered 2026: 38 years old");
        assertEquals("SOM", record.nationality());
        assertEquals("2", record.householdSizeBand());
        assertEquals(pseudonyms.of("KEN", "case", 42), record.casePseudonym());
        assertEquals(pseudonyms.of("KEN", "person", 7), record.personPseudonym());
        assertNoPersonalValue(record);
    }

    @Test
    void movementAndClosureKeepCountriesAndCodesButNoPlaceOrReason() throws Exception {
        CaseFile caseFile = caseFile("KEN");
        Movement movement = new Movement(caseFile);
        movement.setOriginCountry("KEN");
        movement.setOriginPlace("Nairobi");
        movement.setDestinationCountry("CAN");
        movement.setDestinationPlace("Toronto");
        movement.setPlannedDeparture(LocalDate.of(2026, 5, 20));
        movement.setStatus("PLANNED");
        setId(movement, 5L);
        StatisticalRecord moved = CaseStatistics.movement(movement, pseudonyms);
        assertEquals(YearMonth.of(2026, 5), moved.eventMonth());
        assertEquals("KEN", moved.originCountry());
        assertEquals("CAN", moved.destinationCountry());
        assertEquals("PLANNED", moved.programmeCode());
        assertNoPersonalValue(moved);

        caseFile.close(LocalDate.of(2026, 6, 1), "WITHDRAWN", "Fled the conflict");
        StatusChange change = new StatusChange(caseFile, "OPEN", "CLOSED", "caseworker", "Fled the conflict", null);
        setId(change, 9L);
        StatisticalRecord closed = CaseStatistics.statusChange(caseFile, change, pseudonyms);
        assertEquals("CLOSED", closed.status());
        assertEquals("WITHDRAWN", closed.reason(), "the coded reason travels, the free-text one never");
        assertNoPersonalValue(closed);
    }

    @Test
    void recordIdsAreStableAndPseudonymsDifferBetweenMissions() throws Exception {
        CaseFile ken = caseFile("KEN");
        assertEquals(CaseStatistics.registration(ken, pseudonyms).recordId(),
                CaseStatistics.registration(ken, pseudonyms).recordId(), "the same event is the same record");
        CaseFile jor = caseFile("JOR");
        assertNotEquals(CaseStatistics.registration(ken, pseudonyms).casePseudonym(),
                CaseStatistics.registration(jor, pseudonyms).casePseudonym(),
                "the same row id in two missions gives unrelated pseudonyms");
        assertNotEquals(CaseStatistics.registration(ken, pseudonyms).casePseudonym(),
                CaseStatistics.registration(ken, new Pseudonyms(random.generateSeed(32))).casePseudonym(),
                "without the mission's key a pseudonym cannot be recomputed");
        // not the row id (42) in another form: a keyed hash of 32 hex characters (a random one holds "42" one time in eight)
        String pseudonym = CaseStatistics.registration(ken, pseudonyms).casePseudonym();
        assertTrue(pseudonym.matches("[0-9a-f]{32}"), pseudonym);
        assertNotEquals(String.format("%032x", 42), pseudonym);
        assertNotEquals(String.format("%032d", 42), pseudonym);
    }

    @Test
    void aTombstoneNamesTheCaseOnly() throws Exception {
        StatisticalRecord tombstone = CaseStatistics.tombstone(caseFile("KEN"), pseudonyms);
        assertTrue(tombstone.tombstone());
        assertEquals(pseudonyms.of("KEN", "case", 42), tombstone.casePseudonym());
        assertEquals(null, tombstone.sex());
        assertNoPersonalValue(tombstone);
    }

    private static void assertNoPersonalValue(StatisticalRecord record) {
        String json = record.withVersion(1).toJson().toString();
        for (String value : PERSONAL) {
            assertFalse(json.contains(value), value + " leaked into " + json);
        }
        assertTrue(StatisticalRecord.FIELDS.containsAll(record.toJson().keySet()), json);
        assertEquals(record.withVersion(1), StatisticalRecord.fromJson(record.withVersion(1).toJson(), "record"),
                "what is sent is what HQ reads");
    }

    private static CaseFile caseFile(String missionCode) throws Exception {
        Mission mission = new Mission(missionCode, "Mission " + missionCode, missionCode.equals("JOR") ? "JOR" : "KEN");
        Person principal = new Person(mission);
        principal.setGivenName("Amina");
        principal.setFamilyName("Warsame");
        principal.setDateOfBirth(LocalDate.of(1988, 7, 14));
        principal.setBirthYear(1988);
        principal.setSex("FEMALE");
        principal.setNationality("SOM");
        principal.setDocumentNumber("P1234567");
        principal.setPhone("+254700111222");
        principal.setEmail("amina@example.org");
        setId(principal, 7L);
        Household household = new Household(mission, principal);
        Person child = new Person(mission);
        child.setGivenName("Hodan");
        household.add(child, "CHILD");
        CaseFile caseFile = new CaseFile("KEN-RST-2026-000042", mission, CaseType.RST, "OPEN", household, principal,
                LocalDate.of(2026, 3, 9));
        setId(caseFile, 42L);
        return caseFile;
    }

    private static void setId(Object entity, Long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
