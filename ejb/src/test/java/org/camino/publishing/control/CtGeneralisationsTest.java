package org.camino.publishing.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CtGeneralisationsTest {

    private static final List<String> AGE_BANDS = List.of("Y0T4", "Y5T9", "Y10T14", "Y15T17", "Y18T24", "Y25T34",
            "Y35T44", "Y45T59", "Y_GE60", "_U");

    @Test
    void ageBandsWidenToFourBandsThenMinorOrAdultThenSuppressed() {
        Generalisation age = CtGeneralisations.ageBand();
        assertEquals(3, age.height());
        assertEquals(List.of("Y0T17", "Y0T17", "Y0T17", "Y0T17", "Y18T34", "Y18T34", "Y35T59", "Y35T59", "Y_GE60", "_U"),
                AGE_BANDS.stream().map(band -> age.generalise(band, 1)).toList());
        assertEquals(List.of("Y0T17", "Y0T17", "Y0T17", "Y0T17", "Y_GE18", "Y_GE18", "Y_GE18", "Y_GE18", "Y_GE18", "_U"),
                AGE_BANDS.stream().map(band -> age.generalise(band, 2)).toList());
        assertEquals(Set.of("*"), Set.copyOf(AGE_BANDS.stream().map(band -> age.generalise(band, 3)).toList()));
        assertEquals("Y25T34", age.generalise("Y25T34", 0));
        assertEquals("minor or adult", age.levelName(2));
    }

    @Test
    void anAgeThatIsNotAnAgeBandCodeIsRefusedRatherThanGuessed() {
        assertThrows(IllegalArgumentException.class, () -> CtGeneralisations.ageBand().generalise("Y18T20", 1));
    }

    @Test
    void countriesGeneraliseToTheirM49SubRegionThenRegion() {
        Generalisation country = CtGeneralisations.country();
        assertEquals(List.of("KEN", "014", "002", "*"), levels(country, "KEN"));
        assertEquals(List.of("BRA", "005", "019", "*"), levels(country, "BRA"));
        assertEquals(List.of("ITA", "039", "150", "*"), levels(country, "ITA"));
        assertEquals(List.of("THA", "035", "142", "*"), levels(country, "THA"));
        assertEquals(List.of("UKR", "151", "150", "*"), levels(country, "UKR"));
    }

    @Test
    void valuesThatAreNotCountriesKeepTheirCodeUntilSuppressed() {
        Generalisation country = CtGeneralisations.country();
        assertEquals(List.of("XXA", "XXA", "XXA", "*"), levels(country, "XXA"));
        assertEquals(List.of("XXX", "XXX", "XXX", "*"), levels(country, "XXX"));
        assertEquals(List.of("_U", "_U", "_U", "*"), levels(country, "_U"));
    }

    @Test
    void everyIsoCountryHasASubRegionAndOneOfTheFiveRegions() {
        Generalisation country = CtGeneralisations.country();
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            String subRegion = country.generalise(code, 1);
            assertTrue(subRegion.matches("[0-9]{3}") || code.equals("ATA") && subRegion.equals("QO"),
                    code + " → " + subRegion);
            assertTrue(Set.of("002", "009", "019", "142", "150").contains(country.generalise(code, 2)), code);
        }
    }

    @Test
    void yearsGroupIntoTwoThenFourYearPeriods() {
        Generalisation year = CtGeneralisations.year();
        assertEquals(List.of("2024", "2024-2025", "2024-2027", "*"), levels(year, "2024"));
        assertEquals(List.of("2025", "2024-2025", "2024-2027", "*"), levels(year, "2025"));
        assertEquals(List.of("2023", "2022-2023", "2020-2023", "*"), levels(year, "2023"));
        assertEquals(List.of("2027", "2026-2027", "2024-2027", "*"), levels(year, "2027"));
    }

    @Test
    void everyHierarchyNests() {
        List<String> countries = new ArrayList<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        countries.addAll(List.of("XXA", "XXX", "_U"));
        assertNests(CtGeneralisations.country(), countries);
        assertNests(CtGeneralisations.ageBand(), AGE_BANDS);
        assertNests(CtGeneralisations.year(), IntStream.rangeClosed(1990, 2040).mapToObj(Integer::toString).toList());
        assertNests(CtGeneralisations.recordedOrSuppressed(), List.of("FEMALE", "MALE", "OTHER", "UNKNOWN"));
    }

    /** Values equal at a level are equal at the next one: each level maps onto the next. */
    private static void assertNests(Generalisation hierarchy, List<String> values) {
        for (int level = 0; level < hierarchy.height(); level++) {
            Map<String, String> next = new HashMap<>();
            for (String value : values) {
                String here = hierarchy.generalise(value, level);
                String above = hierarchy.generalise(value, level + 1);
                String before = next.putIfAbsent(here, above);
                assertTrue(before == null || before.equals(above),
                        value + " at level " + level + ": " + here + " → " + above + " and " + before);
            }
        }
        assertEquals(Set.of(Generalisation.SUPPRESSED),
                Set.copyOf(values.stream().map(v -> hierarchy.generalise(v, hierarchy.height())).toList()));
    }

    private static List<String> levels(Generalisation hierarchy, String value) {
        return IntStream.rangeClosed(0, hierarchy.height()).mapToObj(level -> hierarchy.generalise(value, level)).toList();
    }
}
