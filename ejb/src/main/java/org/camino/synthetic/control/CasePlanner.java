package org.camino.synthetic.control;

import org.camino.cases.boundary.MemberForm;
import org.camino.cases.boundary.MovementForm;
import org.camino.cases.boundary.PersonForm;
import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws synthetic cases. Case {@code i} of seed {@code s} depends on nothing
 * else (its own random stream is derived from both), so the same seed gives
 * the same cases whatever the chunk size, and chunks can be planned in any
 * order. No I/O: the writer stores what this draws.
 */
public final class CasePlanner {

    private static final Weighted<String> TYPES = Weighted.parse("AVR 45, RST 25, MHA 25, CTA 5");
    private static final Map<CaseType, Weighted<String>> TARGET_STATUS = Map.of(
            CaseType.AVR, Weighted.parse("OPEN 8, ELIGIBLE 10, RETURN_PLANNED 10, RETURNED 17, REINTEGRATION 40, CLOSED 15"),
            CaseType.RST, Weighted.parse("OPEN 10, IN_PROCESSING 30, APPROVED_FOR_TRAVEL 10, DEPARTED 2, ARRIVED 33, CLOSED 15"),
            CaseType.MHA, Weighted.parse("OPEN 10, ASSESSED 15, DEFERRED 5, CLEARED 60, CLOSED 10"),
            CaseType.CTA, Weighted.parse("ACTIVE 35, FOLLOW_UP 35, CLOSED 20, CLOSED_REFERRED 10"));
    private static final Map<CaseType, Weighted<String>> HOUSEHOLD_SIZE = Map.of(
            CaseType.AVR, Weighted.parse("1 55, 2 12, 3 10, 4 9, 5 7, 6 4, 7 2, 8 1"),
            CaseType.RST, Weighted.parse("1 20, 2 15, 3 15, 4 15, 5 13, 6 10, 7 7, 8 5"),
            CaseType.MHA, Weighted.parse("1 50, 2 14, 3 11, 4 9, 5 7, 6 5, 7 2, 8 2"),
            CaseType.CTA, Weighted.parse("1 85, 2 8, 3 5, 4 2"));
    /** Age bands of principal applicants (lower bound, upper bound inclusive): mostly young adults. */
    private static final Map<CaseType, Weighted<String>> PRINCIPAL_AGE = Map.of(
            CaseType.AVR, Weighted.parse("15-17 2, 18-24 25, 25-34 40, 35-44 18, 45-59 12, 60-80 3"),
            CaseType.RST, Weighted.parse("18-24 15, 25-34 35, 35-44 25, 45-59 17, 60-85 8"),
            CaseType.MHA, Weighted.parse("18-24 15, 25-34 35, 35-44 25, 45-59 17, 60-85 8"),
            CaseType.CTA, Weighted.parse("14-17 15, 18-24 35, 25-34 30, 35-44 15, 45-60 5"));
    private static final Map<CaseType, Double> PRINCIPAL_MALE = Map.of(
            CaseType.AVR, 0.72, CaseType.RST, 0.55, CaseType.MHA, 0.52, CaseType.CTA, 0.30);
    private static final Weighted<String> CLOSURE_REASON = Weighted.parse("ASSISTANCE_COMPLETED 35, WITHDRAWN 18,"
            + " LOST_CONTACT 14, NOT_ELIGIBLE 12, REFERRED 6, TRANSFERRED 5, REJECTED_BY_AUTHORITIES 4, OTHER 3,"
            + " DUPLICATE 2, DECEASED 1");
    private static final Weighted<String> DOCUMENT_TYPE = Weighted.parse("PASSPORT 55, NATIONAL_ID 30, REFUGEE_ID 15");
    private static final Weighted<String> ESCORT = Weighted.parse("NONE 92, OPERATIONAL 5, MEDICAL 3");
    private static final int MAX_DAYS_AGO = 7 * 365;

    private enum Travel { NONE, PLANNED, CANCELLED, DEPARTED, ARRIVED }

    private final long seed;
    private final LocalDate today;
    private final List<SyntheticMission> missions;
    private final Weighted<SyntheticMission> missionWeights;

    public CasePlanner(long seed, LocalDate today, List<SyntheticMission> missions) {
        if (missions.isEmpty()) {
            throw new IllegalArgumentException("Synthetic cases need at least one mission");
        }
        this.seed = seed;
        this.today = today;
        this.missions = List.copyOf(missions);
        this.missionWeights = Weighted.of(this.missions, this.missions.stream().map(SyntheticMission::weight).toList());
    }

    public List<PlannedCase> plan(long firstIndex, int count) {
        List<PlannedCase> plans = new ArrayList<>(count);
        for (long i = firstIndex; i < firstIndex + count; i++) {
            plans.add(plan(i));
        }
        return plans;
    }

    public PlannedCase plan(long index) {
        SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(index)));
        CaseType type = CaseType.valueOf(TYPES.pick(random));
        SyntheticMission mission = missionWeights.pick(random);
        Workflows.Workflow workflow = Workflows.of(type);

        String target = TARGET_STATUS.get(type).pick(random);
        List<String> path = new ArrayList<>();
        String lastOpen = target;
        if (workflow.isClosed(target)) {
            List<String> open = TARGET_STATUS.get(type).values().stream().filter(s -> !workflow.isClosed(s)).toList();
            lastOpen = open.get(random.nextInt(open.size()));
        }
        path.addAll(forwardPath(workflow, lastOpen));
        if (!target.equals(lastOpen)) {
            path.add(target);
        }

        int daysAgo = 1 + (int) (MAX_DAYS_AGO * Math.pow(random.nextDouble(), 1.6));
        int minimumAge = path.size() < 2 ? 0 : 45 * path.size();
        if (daysAgo < minimumAge) {
            daysAgo = Math.min(MAX_DAYS_AGO, minimumAge + random.nextInt(300));
        }
        LocalDate openedOn = today.minusDays(daysAgo);

        String nationality = Corridors.nationality(mission.country(), random);
        if (type == CaseType.AVR && nationality.equals(mission.country())) {
            nationality = Corridors.anyNationality(random); // nobody "returns" to where they are
            nationality = nationality.equals(mission.country()) ? "AFG" : nationality;
        }
        Household household = new HouseholdDraw(type, mission, nationality, openedOn, index, random).draw();

        Travel travel = travel(type, lastOpen, workflow.isClosed(target), random);
        MovementForm movement = movement(type, travel, mission, nationality, openedOn, daysAgo, random);
        LocalDate closedOn = null;
        String closureReason = null;
        if (workflow.isClosed(target)) {
            closureReason = target.equals("CLOSED_REFERRED") ? "REFERRED" : CLOSURE_REASON.pick(random);
            closedOn = openedOn.plusDays(random.nextInt(daysAgo));
            LocalDate travelled = movement == null ? null
                    : movement.actualArrival() != null ? movement.actualArrival() : movement.plannedDeparture();
            if (travelled != null && travelled.isAfter(closedOn)) {
                closedOn = travelled.isAfter(today) ? today : travelled;
            }
        }
        return new PlannedCase(index, type, mission.code(), openedOn, List.copyOf(path), closedOn, closureReason,
                consentPurpose(type, random), household.principal(), household.members(), movement);
    }

    /** The statuses from the initial one (excluded) to the target, along forward transitions. */
    static List<String> forwardPath(Workflows.Workflow workflow, String target) {
        List<List<String>> queue = new ArrayList<>();
        queue.add(List.of(workflow.initial()));
        for (int i = 0; i < queue.size(); i++) {
            List<String> path = queue.get(i);
            String last = path.get(path.size() - 1);
            if (last.equals(target)) {
                return List.copyOf(path.subList(1, path.size()));
            }
            for (Workflows.Transition t : workflow.from(last)) {
                if (!workflow.isClosed(t.to()) && !path.contains(t.to())) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(t.to());
                    queue.add(longer);
                }
            }
        }
        throw new IllegalArgumentException(target + " cannot be reached in " + workflow.type());
    }

    private static Travel travel(CaseType type, String lastOpen, boolean closed, SplittableRandom random) {
        Travel travel = switch (type) {
            case RST -> switch (lastOpen) {
                case "APPROVED_FOR_TRAVEL" -> Travel.PLANNED;
                case "DEPARTED" -> Travel.DEPARTED;
                case "ARRIVED" -> Travel.ARRIVED;
                default -> Travel.NONE;
            };
            case AVR -> switch (lastOpen) {
                case "RETURN_PLANNED" -> Travel.PLANNED;
                case "RETURNED", "REINTEGRATION" -> Travel.ARRIVED;
                default -> Travel.NONE;
            };
            default -> Travel.NONE;
        };
        if (closed && (travel == Travel.PLANNED || travel == Travel.DEPARTED)) {
            return random.nextDouble() < 0.8 ? Travel.CANCELLED : Travel.ARRIVED;
        }
        return travel;
    }

    private MovementForm movement(CaseType type, Travel travel, SyntheticMission mission, String nationality,
                                  LocalDate openedOn, int daysAgo, SplittableRandom random) {
        if (travel == Travel.NONE) {
            return null;
        }
        String origin = mission.country();
        String destination = type == CaseType.RST ? Corridors.resettlementCountry(random) : nationality;
        String means = type == CaseType.RST ? "AIR"
                : random.nextDouble() < (origin.equals("NER") ? 0.5 : 0.9) ? "AIR" : "LAND";
        String transit = means.equals("AIR") && random.nextDouble() < 0.35
                ? Corridors.transitHub(origin, destination, random) : null;
        int journeyDays = means.equals("AIR") ? random.nextInt(2) : 1 + random.nextInt(5);
        LocalDate plannedDeparture;
        LocalDate actualDeparture = null;
        LocalDate actualArrival = null;
        String status;
        switch (travel) {
            case PLANNED -> {
                plannedDeparture = today.plusDays(7 + random.nextInt(114));
                status = random.nextDouble() < 0.6 ? "PLANNED" : "BOOKED";
            }
            case CANCELLED -> {
                plannedDeparture = openedOn.plusDays(random.nextInt(Math.max(1, daysAgo)));
                status = random.nextDouble() < 0.7 ? "CANCELLED" : "NO_SHOW";
            }
            case DEPARTED -> {
                actualDeparture = today.minusDays(1 + random.nextInt(Math.min(3, daysAgo)));
                plannedDeparture = actualDeparture.minusDays(random.nextInt(4));
                plannedDeparture = plannedDeparture.isBefore(openedOn) ? openedOn : plannedDeparture;
                status = "DEPARTED";
            }
            default -> {
                int window = Math.max(1, daysAgo - 2);
                plannedDeparture = openedOn.plusDays(Math.min(window - 1, 30 + random.nextInt(window)));
                actualDeparture = plannedDeparture.plusDays(random.nextInt(8));
                actualArrival = actualDeparture.plusDays(journeyDays);
                if (actualArrival.isAfter(today)) {
                    actualArrival = today;
                    actualDeparture = actualDeparture.isAfter(today) ? today : actualDeparture;
                }
                status = "ARRIVED";
            }
        }
        LocalDate plannedArrival = plannedDeparture.plusDays(journeyDays);
        return new MovementForm(origin, Corridors.place(origin, random), transit, destination, null, plannedDeparture,
                actualDeparture, plannedArrival, actualArrival, means, ESCORT.pick(random), status);
    }

    private static String consentPurpose(CaseType type, SplittableRandom random) {
        double u = random.nextDouble();
        return switch (type) {
            case MHA -> "MEDICAL_EXAMINATION";
            case CTA -> u < 0.5 ? "INTERVIEW" : "CASE_MANAGEMENT";
            default -> u < 0.85 ? "CASE_MANAGEMENT" : u < 0.95 ? "REFERRAL" : null;
        };
    }

    /** Unique per seed and case: a 4-character seed tag and the case index and member in base 36. */
    String documentNumber(long index, int member) {
        String tag = Long.toString(Math.floorMod(seed, 36L * 36 * 36 * 36), 36);
        String serial = Long.toString(index * 10 + member, 36);
        return ("S" + "0".repeat(4 - tag.length()) + tag + "0".repeat(Math.max(0, 8 - serial.length())) + serial)
                .toUpperCase(java.util.Locale.ROOT);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private record Household(PersonForm principal, List<MemberForm> members) {
    }

    /** One household: the principal applicant and the people who travel or are assisted with them. */
    private final class HouseholdDraw {
        private final CaseType type;
        private final SyntheticMission mission;
        private final String nationality;
        private final LocalDate openedOn;
        private final long index;
        private final SplittableRandom random;
        private final NamePools.Region region;
        private int member;

        HouseholdDraw(CaseType type, SyntheticMission mission, String nationality, LocalDate openedOn, long index,
                      SplittableRandom random) {
            this.type = type;
            this.mission = mission;
            this.nationality = nationality;
            this.openedOn = openedOn;
            this.index = index;
            this.random = random;
            this.region = NamePools.regionOf(nationality);
        }

        Household draw() {
            String[] band = PRINCIPAL_AGE.get(type).pick(random).split("-");
            int age = Integer.parseInt(band[0]) + random.nextInt(Integer.parseInt(band[1]) - Integer.parseInt(band[0]) + 1);
            String sex = sex(random.nextDouble() < PRINCIPAL_MALE.get(type));
            int size = age < 18 ? 1 : Integer.parseInt(HOUSEHOLD_SIZE.get(type).pick(random));
            boolean female = sex.equals("FEMALE");
            String given = NamePools.givenName(region, female, random);
            String family = NamePools.familyName(region, random);

            List<MemberForm> members = new ArrayList<>();
            boolean spouse = size >= 2 && random.nextDouble() < 0.75;
            String fatherGiven = female ? null : given;
            String childFamily = family;
            if (spouse) {
                boolean spouseFemale = sex.equals("MALE") || (!female && random.nextBoolean());
                String spouseGiven = NamePools.givenName(region, spouseFemale, random);
                // where women keep their own family name, the spouse has one of their own
                String spouseFamily = region == NamePools.Region.HORN_OF_AFRICA || region == NamePools.Region.ARABIC
                        ? NamePools.familyName(region, random) : family;
                int spouseAge = Math.max(18, age - 8 + random.nextInt(17));
                members.add(new MemberForm(person(spouseGiven, spouseFamily, spouseFemale ? "FEMALE" : "MALE",
                        spouseAge, false), "SPOUSE"));
                if (!spouseFemale) {
                    fatherGiven = spouseGiven;
                    childFamily = spouseFamily;
                }
            }
            boolean children = false;
            while (1 + members.size() < size) {
                double u = random.nextDouble();
                boolean memberFemale = random.nextBoolean();
                if (u < 0.06) {
                    members.add(new MemberForm(person(NamePools.givenName(region, memberFemale, random), family,
                            memberFemale ? "FEMALE" : "MALE", Math.min(95, age + 20 + random.nextInt(16)), false), "PARENT"));
                } else if (u < 0.11) {
                    members.add(new MemberForm(person(NamePools.givenName(region, memberFemale, random), family,
                            memberFemale ? "FEMALE" : "MALE", Math.max(0, age - 10 + random.nextInt(21)), false), "SIBLING"));
                } else if (u < 0.14) {
                    members.add(new MemberForm(person(NamePools.givenName(region, memberFemale, random),
                            NamePools.familyName(region, random), memberFemale ? "FEMALE" : "MALE", random.nextInt(60),
                            false), "OTHER_RELATIVE"));
                } else {
                    int childAge = random.nextInt(Math.max(1, Math.min(18, age - 15)));
                    members.add(new MemberForm(person(NamePools.childGivenName(region, memberFemale, fatherGiven, random),
                            childFamily, memberFemale ? "FEMALE" : "MALE", childAge, false), "CHILD"));
                    children = true;
                }
            }
            List<String> vulnerabilities = new ArrayList<>();
            if (age < 18) {
                vulnerabilities.add("UNACCOMPANIED_CHILD");
            }
            if (age >= 60) {
                vulnerabilities.add("ELDERLY");
            }
            if (children && !spouse) {
                vulnerabilities.add("SINGLE_PARENT");
            }
            if (random.nextDouble() < (type == CaseType.MHA ? 0.25 : 0.06)) {
                vulnerabilities.add("HEALTH_NEEDS");
            }
            if (random.nextDouble() < 0.03) {
                vulnerabilities.add("DISABILITY");
            }
            if (type == CaseType.CTA) {
                vulnerabilities.add("VICTIM_OF_TRAFFICKING");
            }
            PersonForm principal = person(given, family, sex, age, true);
            principal = new PersonForm(principal.givenName(), principal.familyName(), principal.dateOfBirth(),
                    principal.birthYear(), principal.birthDateEstimated(), principal.sex(), principal.nationality(),
                    principal.documentType(), principal.documentNumber(), principal.documentCountry(), principal.phone(),
                    principal.email(), principal.address(), vulnerabilities);
            return new Household(principal, members);
        }

        private String sex(boolean male) {
            double u = random.nextDouble();
            return u < 0.01 ? "UNKNOWN" : u < 0.015 ? "OTHER" : male ? "MALE" : "FEMALE";
        }

        /** Age on the day the case was opened. */
        private PersonForm person(String given, String family, String sex, int age, boolean principal) {
            int memberNo = member++;
            int birthYear = openedOn.getYear() - age;
            LocalDate dateOfBirth = null;
            if (random.nextDouble() < 0.75) {
                dateOfBirth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
                if (dateOfBirth.isAfter(openedOn)) {
                    dateOfBirth = openedOn.minusDays(random.nextInt(30));
                }
                birthYear = dateOfBirth.getYear();
            }
            boolean adult = age >= 18;
            String documentType = null;
            String documentNumber = null;
            String documentCountry = null;
            if (random.nextDouble() < (principal ? 0.8 : adult ? 0.5 : 0.15)) {
                documentType = DOCUMENT_TYPE.pick(random);
                documentNumber = documentNumber(index, memberNo);
                documentCountry = documentType.equals("REFUGEE_ID") ? mission.country() : nationality;
            }
            String phone = random.nextDouble() < (principal ? 0.75 : adult ? 0.2 : 0) ? phone() : null;
            String email = principal && random.nextDouble() < 0.04
                    ? java.text.Normalizer.normalize(given.split(" ")[0] + "." + family, java.text.Normalizer.Form.NFKD)
                    .replaceAll("[^A-Za-z.]", "").toLowerCase(java.util.Locale.ROOT) + index + "@example.org" : null;
            String address = principal && random.nextDouble() < 0.6 ? address() : null;
            return new PersonForm(given, family, dateOfBirth, birthYear, dateOfBirth == null, sex,
                    nationality, documentType, documentNumber, documentCountry, phone, email, address, List.of());
        }

        private String phone() {
            return Corridors.dialCode(mission.country()) + " 7" + (10 + random.nextInt(90)) + " "
                    + (100 + random.nextInt(900)) + " " + (100 + random.nextInt(900));
        }

        private String address() {
            String place = Corridors.place(mission.country(), random);
            return "Block " + (1 + random.nextInt(120)) + ", " + (place == null ? "town centre" : place);
        }
    }
}
