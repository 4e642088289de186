package org.camino.publishing.control;

import com.ibm.icu.util.Region;
import org.camino.platform.statistics.AgeBand;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Map.entry;

/**
 * The generalisation hierarchies of the counter-trafficking extract's
 * quasi-identifiers.
 * <ul>
 * <li>Age: the records carry publication bands (AGE_BAND), from which CTDC's
 * broad bands (0–8, 9–17, 18–20, ...) cannot be derived (0–8 cuts 5–9, 18–20
 * cuts 18–24). So the hierarchy starts from the publication band, then
 * 0–17 / 18–34 / 35–59 / 60+, then minor / adult (CTDC's majority status),
 * then suppressed. Unknown ({@code _U}) stays unknown until suppression.</li>
 * <li>Countries: ISO 3166 alpha-3 code, then its UN M49 sub-region, then its
 * region, as Unicode CLDR arranges them (ICU's {@link Region} containment; for
 * Africa and the Americas CLDR's sub-region is M49's intermediate region, e.g.
 * 014 Eastern Africa, 005 South America), M49 numeric codes; then suppressed.
 * Values that are not countries (XXA stateless, XXX unspecified, {@code _U}
 * unknown) keep their code until suppression.</li>
 * <li>Year: the year, then two-year periods starting in an even year
 * ("2024-2025"), then four-year periods starting in a multiple of four
 * ("2024-2027"), then suppressed; each period lies inside the next.</li>
 * <li>Anything else (gender): as recorded, then suppressed.</li>
 * </ul>
 */
public final class CtGeneralisations {

    private static final Map<String, String> AGE_WIDE = Map.ofEntries(
            entry("Y0T4", "Y0T17"), entry("Y5T9", "Y0T17"), entry("Y10T14", "Y0T17"), entry("Y15T17", "Y0T17"),
            entry("Y18T24", "Y18T34"), entry("Y25T34", "Y18T34"),
            entry("Y35T44", "Y35T59"), entry("Y45T59", "Y35T59"),
            entry("Y_GE60", "Y_GE60"), entry(AgeBand.UNKNOWN, AgeBand.UNKNOWN));

    /** alpha-3 code → [sub-region, region], or no entry if ICU does not know it as a territory. */
    private static final Map<String, String[]> REGIONS = new ConcurrentHashMap<>();
    private static final String[] NOT_A_COUNTRY = new String[0];

    private CtGeneralisations() {
    }

    public static Generalisation ageBand() {
        return Generalisation.of("publication band",
                new Generalisation.Level("0-17, 18-34, 35-59, 60+", CtGeneralisations::wideAgeBand),
                new Generalisation.Level("minor or adult", CtGeneralisations::majority));
    }

    public static Generalisation country() {
        return Generalisation.of("country",
                new Generalisation.Level("UN M49 sub-region", code -> region(code, 0)),
                new Generalisation.Level("UN M49 region", code -> region(code, 1)));
    }

    public static Generalisation year() {
        return Generalisation.of("year",
                new Generalisation.Level("two years", year -> period(year, 2)),
                new Generalisation.Level("four years", year -> period(year, 4)));
    }

    public static Generalisation recordedOrSuppressed() {
        return Generalisation.of("as recorded");
    }

    static String wideAgeBand(String band) {
        String wide = AGE_WIDE.get(band);
        if (wide == null) {
            throw new IllegalArgumentException("not an AGE_BAND code: " + band);
        }
        return wide;
    }

    static String majority(String band) {
        String wide = wideAgeBand(band);
        return wide.equals("Y0T17") || wide.equals(AgeBand.UNKNOWN) ? wide : "Y_GE18";
    }

    /** The containing region of a country ({@code up} 0: sub-region, 1: region); other codes unchanged. */
    static String region(String code, int up) {
        String[] regions = REGIONS.computeIfAbsent(code, CtGeneralisations::containment);
        return regions == NOT_A_COUNTRY ? code : regions[up];
    }

    private static String[] containment(String code) {
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return NOT_A_COUNTRY;
        }
        try {
            Region country = Region.getInstance(code);
            if (country.getType() != Region.RegionType.TERRITORY) {
                return NOT_A_COUNTRY;
            }
            Region subRegion = country.getContainingRegion();
            Region region = subRegion == null ? null : subRegion.getContainingRegion();
            if (region == null) {
                return NOT_A_COUNTRY;
            }
            return new String[] {subRegion.toString(), region.toString()};
        } catch (IllegalArgumentException unknown) {
            return NOT_A_COUNTRY; // XXA, XXX: ICAO codes for no country
        }
    }

    static String period(String year, int years) {
        int start = Math.floorDiv(Integer.parseInt(year), years) * years;
        return start + "-" + (start + years - 1);
    }
}
