package org.camino.synthetic.control;

import org.camino.cases.boundary.MemberForm;
import org.camino.cases.boundary.MovementForm;
import org.camino.cases.boundary.PersonForm;
import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator's distributions, on 20,000 cases of one seed: shares within tolerances, dates and workflows consistent. */
class CasePlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<SyntheticMission> MISSIONS = List.of(new SyntheticMission(1, "KEN", "KEN"),
            new SyntheticMission(2, "KEN-NBO", "KEN"), new SyntheticMission(3, "JOR", "JOR"),
            new SyntheticMission(4, "NER", "NER"), new SyntheticMission(5, "TUR", "TUR"),
            new SyntheticMission(6, "ZZZ", "BRA"));
    private static final int N = 20_000;

    private static List<PlannedCase> cases;
    private static List<PersonForm> persons;

    @BeforeAll
    static void plan() {
        cases = new CasePlanner(42, TODAY, MISSIONS).plan(0, N);
        persons = cases.stream().flatMap(c -> Stream.concat(Stream.of(c.principal()),
                c.members().stream().map(MemberForm::person))).toList();
    }

    @Test
    void sameSeedSameCasesWhateverTheChunking() {
        CasePlanner again = new CasePlanner(42, TODAY, MISSIONS);
        List<PlannedCase> chunked = new ArrayList<>(again.plan(0, 777));
        chunked.addAll(again.plan(777, 1223));
        assertEquals(cases.subList(0, 2000), chunked);
        assertEquals(cases.get(12_345), again.plan(12_345));
        List<PlannedCase> otherSeed = new CasePlanner(43, TODAY, MISSIONS).plan(0, 100);
        assertNotEquals(cases.subList(0, 100), otherSeed);
    }

    @Test
    void caseTypesFollowTheirShares() {
        Map<CaseType, Long> byType = cases.stream().collect(Collectors.groupingBy(PlannedCase::type, Collectors.counting()));
        assertShare(byType.get(CaseType.AVR), N, 0.45, 0.02);
        assertShare(byType.get(CaseType.RST), N, 0.25, 0.02);
        assertShare(byType.get(CaseType.MHA), N, 0.25, 0.02);
        assertShare(byType.get(CaseType.CTA), N, 0.05, 0.01);
    }

    @Test
    void sexIsRoughlyBalancedWithAFewOtherAndUnknown() {
        assertShare(count(persons, p -> p.sex().equals("MALE")), persons.size(), 0.52, 0.03);
        assertShare(count(persons, p -> p.sex().equals("FEMALE")), persons.size(), 0.47, 0.03);
        assertShare(count(persons, p -> p.sex().equals("OTHER") || p.sex().equals("UNKNOWN")), persons.size(), 0.01, 0.008);
    }

    @Test
    void principalsAreMostlyYoungAdultsAndHouseholdsHaveChildren() {
        List<Integer> ages = cases.stream().map(c -> age(c, c.principal())).toList();
        assertShare(count(ages, a -> a >= 18 && a <= 34), ages.size(), 0.52, 0.06);
        assertTrue(count(ages, a -> a < 18) > 0, "a few unaccompanied children");
        assertTrue(ages.stream().allMatch(a -> a >= 14 && a <= 86), "principal ages");
        List<Integer> memberAges = cases.stream().flatMap(c -> c.members().stream().map(m -> age(c, m.person()))).toList();
        assertShare(count(memberAges, a -> a < 18), memberAges.size(), 0.55, 0.12);
        for (PlannedCase c : cases) {
            for (MemberForm m : c.members()) {
                if (m.relationship().equals("CHILD")) {
                    assertTrue(age(c, c.principal()) - age(c, m.person()) >= 14, "parents older than their children");
                }
            }
        }
    }

    @Test
    void householdsHaveOneToEightPeopleAboutTwoAndAHalfOnAverage() {
        assertTrue(cases.stream().allMatch(c -> c.householdSize() >= 1 && c.householdSize() <= 8));
        double mean = persons.size() / (double) N;
        assertTrue(mean > 2.3 && mean < 2.9, "mean household size " + mean);
        assertTrue(count(cases, c -> c.householdSize() == 8) > 0, "some households of 8");
    }

    @Test
    void nationalitiesFollowTheMissionsCorridorsAndAreKnownCountries() throws IOException {
        Set<String> countries = countryCodes();
        assertTrue(countries.size() > 240, "parsed the COUNTRY list");
        for (PlannedCase c : cases) {
            assertTrue(countries.contains(c.principal().nationality()), c.principal().nationality());
            if (c.movement() != null) {
                assertTrue(countries.contains(c.movement().originCountry()), c.movement().originCountry());
                assertTrue(countries.contains(c.movement().destinationCountry()), c.movement().destinationCountry());
                assertTrue(c.movement().transitCountry() == null || countries.contains(c.movement().transitCountry()), c.movement().transitCountry());
            }
        }
        List<PlannedCase> jordan = cases.stream().filter(c -> c.missionCode().equals("JOR")).toList();
        assertShare(count(jordan, c -> c.principal().nationality().equals("SYR")), jordan.size(), 0.70, 0.05);
        List<PlannedCase> kenya = cases.stream().filter(c -> c.missionCode().startsWith("KEN")).toList();
        assertShare(count(kenya, c -> c.principal().nationality().equals("SOM")), kenya.size(), 0.40, 0.05);
        assertTrue(cases.stream().filter(c -> c.type() == CaseType.AVR && c.movement() != null)
                .allMatch(c -> c.movement().destinationCountry().equals(c.principal().nationality())), "returns go home");
    }

    @Test
    void statusesLieAlongEachTypesWorkflow() {
        for (PlannedCase c : cases) {
            Workflows.Workflow workflow = Workflows.of(c.type());
            String from = workflow.initial();
            for (String to : c.statusPath()) {
                assertTrue(workflow.transition(from, to).isPresent(), c.type() + " " + from + " > " + to);
                from = to;
            }
            boolean closed = workflow.isClosed(c.status(workflow.initial()));
            assertEquals(closed, c.closedOn() != null);
            assertEquals(closed, c.closureReason() != null);
        }
        Set<String> avrStatuses = cases.stream().filter(c -> c.type() == CaseType.AVR)
                .map(c -> c.status("OPEN")).collect(Collectors.toSet());
        assertEquals(Set.of("OPEN", "ELIGIBLE", "RETURN_PLANNED", "RETURNED", "REINTEGRATION", "CLOSED"), avrStatuses);
    }

    @Test
    void datesAreInOrderAndNeverAfterToday() {
        for (PlannedCase c : cases) {
            assertFalse(c.openedOn().isAfter(TODAY));
            assertTrue(c.closedOn() == null || (!c.closedOn().isBefore(c.openedOn()) && !c.closedOn().isAfter(TODAY)));
            for (PersonForm p : Stream.concat(Stream.of(c.principal()), c.members().stream().map(MemberForm::person)).toList()) {
                assertTrue(p.dateOfBirth() == null || !p.dateOfBirth().isAfter(c.openedOn()));
                assertTrue(p.dateOfBirth() == null || p.dateOfBirth().getYear() == p.birthYear());
            }
            MovementForm m = c.movement();
            if (m != null) {
                assertNotNull(m.plannedDeparture());
                assertFalse(m.plannedDeparture().isBefore(c.openedOn()), "planned departure after opening");
                assertFalse(m.plannedArrival().isBefore(m.plannedDeparture()));
                if (m.actualDeparture() != null) {
                    assertFalse(m.actualDeparture().isAfter(TODAY));
                }
                if (m.actualArrival() != null) {
                    assertFalse(m.actualArrival().isBefore(m.actualDeparture()));
                    assertFalse(m.actualArrival().isAfter(TODAY));
                    assertEquals("ARRIVED", m.status());
                } else if (m.status().equals("PLANNED") || m.status().equals("BOOKED")) {
                    assertTrue(m.plannedDeparture().isAfter(TODAY));
                    assertNull(m.actualDeparture());
                }
            }
        }
    }

    @Test
    void documentNumbersAreUniqueAndNamesCollideAsInRealRegisters() {
        List<String> documents = persons.stream().map(PersonForm::documentNumber).filter(d -> d != null).toList();
        assertTrue(documents.size() > persons.size() / 3, "many people have a document");
        assertEquals(documents.size(), new HashSet<>(documents).size(), "document numbers are unique");
        List<String> otherSeed = new CasePlanner(43, TODAY, MISSIONS).plan(0, 2000).stream()
                .map(c -> c.principal().documentNumber()).filter(d -> d != null).toList();
        assertTrue(otherSeed.stream().noneMatch(new HashSet<>(documents)::contains), "unique across seeds too");

        Set<String> fullNames = persons.stream().map(p -> p.givenName() + " " + p.familyName()).collect(Collectors.toSet());
        assertTrue(fullNames.size() < persons.size() * 0.8, "namesakes: " + fullNames.size() + " names for " + persons.size());
        assertTrue(fullNames.size() > persons.size() * 0.2, "but not everyone is called the same: " + fullNames.size());
    }

    private static int age(PlannedCase c, PersonForm p) {
        return c.openedOn().getYear() - p.birthYear();
    }

    private static <T> long count(List<T> values, Predicate<T> test) {
        return values.stream().filter(test).count();
    }

    private static void assertShare(long count, long total, double expected, double tolerance) {
        double share = count / (double) total;
        assertTrue(Math.abs(share - expected) <= tolerance, "share " + share + ", expected " + expected + " ± " + tolerance);
    }

    private static Set<String> countryCodes() throws IOException {
        try (InputStream in = CasePlannerTest.class.getResourceAsStream("/db/migration/V3__code_lists.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> codes = new HashSet<>();
            Matcher m = Pattern.compile("\\('COUNTRY',\\s*'([A-Z]{3})'").matcher(sql);
            while (m.find()) {
                codes.add(m.group(1));
            }
            return codes;
        }
    }
}
