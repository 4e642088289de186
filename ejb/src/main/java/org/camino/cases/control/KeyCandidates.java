package org.camino.cases.control;

import org.camino.crypto.BlindIndex;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link NameMatching}'s first statement read: for each wanted key and each mission of the scope, the
 * newest persons carrying it (at most {@code perKeyAndMission}). Those lists also say, for many pairs of a
 * person and a key it was not listed under, that the person does not carry the key: a list shorter than the
 * bound holds every carrier of its key in that mission, and a list cut at the bound holds every carrier newer
 * than its oldest person. Only a person older than that is unknown for that key, and only then must the
 * database be asked (NameMatching scores a candidate by every wanted key it carries). {@link #scoring} and
 * {@link #agreeing} choose a name's candidates that way, exactly as scoring every candidate by every key
 * would (KeyCandidatesTest).
 */
final class KeyCandidates {

    /** The persons read for one key in one mission, and the oldest of them. */
    private static final class Listing {
        final List<Long> persons = new ArrayList<>();
        long oldest = Long.MAX_VALUE;
    }

    private final int perKeyAndMission;
    private final Map<Long, Map<Long, Listing>> byKey = new HashMap<>();
    private final Map<Long, Long> missionOf = new HashMap<>();
    private final Map<Long, Set<Long>> listedUnder = new HashMap<>();

    KeyCandidates(int perKeyAndMission) {
        this.perKeyAndMission = perKeyAndMission;
    }

    /** One row of the first statement: {@code person} of {@code mission} is among the newest carriers of {@code key}. */
    void add(long key, long mission, long person) {
        Listing listing = byKey.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(mission, m -> new Listing());
        listing.persons.add(person);
        listing.oldest = Math.min(listing.oldest, person);
        missionOf.put(person, mission);
        listedUnder.computeIfAbsent(person, p -> new HashSet<>()).add(key);
    }

    /** The persons listed under one of these keys. */
    Set<Long> persons(Collection<Long> keys) {
        Set<Long> persons = new HashSet<>();
        for (Long key : keys) {
            for (Listing listing : byKey.getOrDefault(key, Map.of()).values()) {
                persons.addAll(listing.persons);
            }
        }
        return persons;
    }

    /** The keys this (listed) person was listed under: keys it certainly carries. */
    Set<Long> listedUnder(long person) {
        return listedUnder.getOrDefault(person, Set.of());
    }

    /**
     * Whether a listed person may carry {@code key} without being listed under it: only when the list of that
     * key in the person's mission was cut at the bound and the person is older than every person in it.
     */
    boolean unknown(long person, long key) {
        if (listedUnder(person).contains(key)) {
            return false;
        }
        return mayCarry(byKey.getOrDefault(key, Map.of()).get(missionOf.get(person)), person);
    }

    /** Whether a person not in this list (of its key in the person's mission; null: none read) may carry the key. */
    private boolean mayCarry(Listing listing, long person) {
        if (listing == null || listing.persons.size() < perKeyAndMission) {
            return false; // every carrier of the key in that mission was read
        }
        return person < listing.oldest;
    }

    /** A candidate's standing before year and sex: words found (a key counting for its first word), then keys. */
    record Score(long person, int words, int keys) {
    }

    /** Most words, then most keys, then the newest person. */
    static final Comparator<Score> BEST_FIRST = Comparator.comparingInt(Score::words).reversed()
            .thenComparing(Comparator.comparingInt(Score::keys).reversed())
            .thenComparing(Comparator.comparingLong(Score::person).reversed());

    /**
     * One name's candidates between the two halves of choosing them: the wanted keys each is known to carry
     * (candidates that cannot be chosen left out), and the keys still to ask the database about, by person.
     */
    record Scoring(Map<Long, List<Long>> carried, Map<Long, List<Long>> unknown) {
        /** Only counts: records end up in log lines and exception messages. */
        @Override
        public String toString() {
            return "Scoring[" + carried.size() + " candidates, " + unknown.size() + " to ask]";
        }
    }

    /** The score of a person carrying these keys (each once), for a name whose keys are {@code byKey} (key -> words). */
    @SafeVarargs
    static Score score(Map<Long, List<BlindIndex.WordKey>> byKey, long person, Collection<Long>... keys) {
        BitSet words = new BitSet();
        int count = 0;
        for (Collection<Long> some : keys) {
            for (Long key : some) {
                List<BlindIndex.WordKey> wordKeys = byKey.get(key);
                if (wordKeys != null) {
                    words.set(wordKeys.get(0).word());
                    count++;
                }
            }
        }
        return new Score(person, words.cardinality(), count);
    }

    /**
     * The first half of choosing the best {@code best} candidates of a name (persons listed under one of its
     * keys): each one's keys as far as the lists tell, and which keys the database must still be asked about,
     * only for candidates that could still be chosen. At least {@code best} candidates score as well as the bar
     * with the keys already known, so one that cannot reach it even with every unknown key is left out unasked.
     */
    Scoring scoring(Map<Long, List<BlindIndex.WordKey>> byKey, int best) {
        // each key's lists looked up once, not once per candidate
        List<Long> keys = new ArrayList<>(byKey.keySet());
        List<Map<Long, Listing>> listings = new ArrayList<>(keys.size());
        for (Long key : keys) {
            listings.add(this.byKey.getOrDefault(key, Map.of()));
        }
        Map<Long, List<Long>> carried = new HashMap<>();
        Map<Long, List<Long>> unknown = new HashMap<>();
        List<Score> known = new ArrayList<>();
        for (long person : persons(keys)) {
            Set<Long> listed = listedUnder(person);
            Long mission = missionOf.get(person);
            List<Long> has = new ArrayList<>();
            List<Long> open = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Long key = keys.get(i);
                if (listed.contains(key)) {
                    has.add(key);
                } else if (mayCarry(listings.get(i).get(mission), person)) {
                    open.add(key);
                }
            }
            carried.put(person, has);
            if (!open.isEmpty()) {
                unknown.put(person, open);
            }
            known.add(score(byKey, person, has));
        }
        Score bar = null;
        if (known.size() >= best) {
            known.sort(BEST_FIRST);
            bar = known.get(best - 1);
        }
        Map<Long, List<Long>> ask = new HashMap<>();
        for (Map.Entry<Long, List<Long>> open : unknown.entrySet()) {
            long person = open.getKey();
            if (bar == null || BEST_FIRST.compare(score(byKey, person, carried.get(person), open.getValue()), bar) <= 0) {
                ask.put(person, open.getValue());
            } else {
                carried.remove(person);
            }
        }
        return new Scoring(carried, ask);
    }

    /**
     * The second half: the best {@code best} candidates, best first (most words, then most keys, then the
     * newest person), each with the name's word keys it carries. {@code answered}: of the keys asked about,
     * those the database found, by person.
     */
    static Map<Long, Set<BlindIndex.WordKey>> agreeing(Map<Long, List<BlindIndex.WordKey>> byKey, Scoring scoring,
                                                       Map<Long, Set<Long>> answered, int best) {
        List<Score> scored = new ArrayList<>(scoring.carried().size());
        Map<Long, List<Long>> keysOf = new HashMap<>();
        for (Map.Entry<Long, List<Long>> known : scoring.carried().entrySet()) {
            long person = known.getKey();
            List<Long> keys = known.getValue();
            List<Long> asked = scoring.unknown().get(person);
            if (asked != null) {
                keys = new ArrayList<>(keys);
                for (Long key : answered.getOrDefault(person, Set.of())) {
                    if (asked.contains(key)) {
                        keys.add(key);
                    }
                }
            }
            keysOf.put(person, keys);
            scored.add(score(byKey, person, keys));
        }
        scored.sort(BEST_FIRST);
        Map<Long, Set<BlindIndex.WordKey>> agreeing = new LinkedHashMap<>();
        for (Score s : scored.subList(0, Math.min(best, scored.size()))) {
            Set<BlindIndex.WordKey> found = new HashSet<>();
            for (Long key : keysOf.get(s.person())) {
                found.addAll(byKey.getOrDefault(key, List.of()));
            }
            agreeing.put(s.person(), found);
        }
        return agreeing;
    }

    /** Only counts: records end up in log lines and exception messages. */
    @Override
    public String toString() {
        return "KeyCandidates[" + byKey.size() + " keys, " + missionOf.size() + " persons]";
    }
}
