package org.camino.synthetic.control;

import java.util.Map;

/**
 * Plausible migration corridors per mission country (ISO 3166-1 alpha-3, as
 * in the COUNTRY code list): who comes to that office, where refugees are
 * resettled from it, and the office's main places. A country without its own
 * entry gets a mixed default, with some of its own nationals.
 */
public final class Corridors {

    /** Nationalities of people assisted by an office in that country. */
    private static final Map<String, Weighted<String>> NATIONALITIES = Map.ofEntries(
            Map.entry("KEN", Weighted.parse("SOM 40, SSD 24, ETH 12, COD 8, BDI 5, ERI 4, SDN 4, UGA 2, KEN 1")),
            Map.entry("JOR", Weighted.parse("SYR 70, IRQ 18, YEM 5, SDN 4, SOM 2, JOR 1")),
            Map.entry("NER", Weighted.parse("NGA 18, MLI 17, GIN 13, CIV 10, SEN 9, CMR 8, BFA 8, GMB 6, SDN 4,"
                    + " GHA 4, TCD 2, NER 1")),
            Map.entry("TUR", Weighted.parse("SYR 60, AFG 18, IRQ 12, IRN 8, TUR 2")),
            Map.entry("LBY", Weighted.parse("NGA 20, SDN 18, NER 14, EGY 12, TCD 10, MLI 8, BGD 6, SYR 6, GHA 6")),
            Map.entry("DJI", Weighted.parse("ETH 60, YEM 25, SOM 12, ERI 3")),
            Map.entry("YEM", Weighted.parse("ETH 70, SOM 25, YEM 5")),
            Map.entry("PAK", Weighted.parse("AFG 90, PAK 5, IRN 5")),
            Map.entry("BGD", Weighted.parse("MMR 95, BGD 5")),
            Map.entry("UGA", Weighted.parse("SSD 55, COD 30, BDI 8, RWA 4, SOM 3")),
            Map.entry("MAR", Weighted.parse("GIN 20, CIV 18, SEN 15, MLI 14, CMR 12, NGA 8, SDN 8, MAR 5")),
            Map.entry("MEX", Weighted.parse("HND 30, GTM 25, SLV 15, VEN 12, HTI 10, CUB 5, MEX 3")),
            Map.entry("UKR", Weighted.parse("UKR 85, AZE 5, GEO 5, ARM 5")),
            Map.entry("IRQ", Weighted.parse("IRQ 60, SYR 35, IRN 5")),
            Map.entry("ETH", Weighted.parse("ERI 35, SSD 30, SOM 25, SDN 8, ETH 2")));

    private static final Weighted<String> DEFAULT = Weighted.parse("AFG 15, SYR 14, SOM 10, SSD 8, COD 8, NGA 7,"
            + " ETH 7, IRQ 6, ERI 5, MLI 5, VEN 5, UKR 5, MMR 5");

    /** Resettlement countries, weighted roughly by recent annual quotas. */
    private static final Weighted<String> RESETTLEMENT = Weighted.parse("USA 40, CAN 22, AUS 9, DEU 7, SWE 5, GBR 5,"
            + " NOR 4, FRA 3, NZL 2, NLD 2, FIN 1");

    private static final Weighted<String> TRANSIT_HUBS = Weighted.parse("QAT 30, ARE 25, TUR 20, ETH 15, DEU 10");

    /** Movement places are stored in clear, so none of these may be a word tests treat as personal data. */
    private static final Map<String, Weighted<String>> PLACES = Map.ofEntries(
            Map.entry("KEN", Weighted.parse("Nairobi 40, Kakuma 30, Garissa 25, Mombasa 5")),
            Map.entry("JOR", Weighted.parse("Amman 50, Zaatari 25, Azraq 15, Irbid 10")),
            Map.entry("NER", Weighted.parse("Niamey 50, Agadez 35, Arlit 10, Zinder 5")),
            Map.entry("TUR", Weighted.parse("Istanbul 40, Gaziantep 30, Ankara 20, Izmir 10")),
            Map.entry("LBY", Weighted.parse("Tripoli 60, Misrata 20, Benghazi 20")));

    private Corridors() {
    }

    public static String nationality(String missionCountry, java.util.SplittableRandom random) {
        Weighted<String> weighted = NATIONALITIES.get(missionCountry);
        if (weighted == null) {
            return random.nextDouble() < 0.05 ? missionCountry : DEFAULT.pick(random);
        }
        return weighted.pick(random);
    }

    /** A nationality from the mixed default corridor. */
    public static String anyNationality(java.util.SplittableRandom random) {
        return DEFAULT.pick(random);
    }

    public static String resettlementCountry(java.util.SplittableRandom random) {
        return RESETTLEMENT.pick(random);
    }

    public static String transitHub(String origin, String destination, java.util.SplittableRandom random) {
        String hub = TRANSIT_HUBS.pick(random);
        return hub.equals(origin) || hub.equals(destination) ? null : hub;
    }

    /** A place in the mission's country, or null where we know none. */
    public static String place(String country, java.util.SplittableRandom random) {
        Weighted<String> places = PLACES.get(country);
        return places == null ? null : places.pick(random);
    }

    /** International dialling code of the phones registered by that office (a few; others get +999, unassigned). */
    public static String dialCode(String missionCountry) {
        return switch (missionCountry) {
            case "KEN" -> "+254";
            case "JOR" -> "+962";
            case "NER" -> "+227";
            case "TUR" -> "+90";
            case "LBY" -> "+218";
            default -> "+999";
        };
    }
}
