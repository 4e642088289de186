package org.camino.cases.control;

import org.camino.crypto.BlindIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NameMatching chooses a name's candidates from the newest persons of each key and asks the database only
 * for the keys those lists leave open, of the candidates that can still be chosen. Here, on random persons
 * with skewed keys (a few keys carried by many, as common name words are), it must choose exactly what
 * scoring every candidate by every key it carries chose, in the same order, with the same keys.
 */
class KeyCandidatesTest {

    private static final int MISSIONS = 3;
    private static final int KEYS = 60;
    private static final int PER_KEY_AND_MISSION = 40;

    private record Person(long id, long mission, Set<Long> keys) {
    }

    @Test
    void choosesWhatScoringEveryCandidateByEveryKeyChose() {
        SplittableRandom random = new SplittableRandom(12);
        long candidates = 0;
        long asked = 0;
        for (int round = 0; round < 20; round++) {
            List<Person> persons = persons(random, 2_000 + random.nextInt(4_000));
            KeyCandidates lists = newestPerKeyAndMission(persons);
            for (int name = 0; name < 10; name++) {
                NameMatching.Searched searched = name(random);
                Map<Long, Set<BlindIndex.WordKey>> expected = everyKeyOfEveryCandidate(searched, lists, persons);

                KeyCandidates.Scoring scoring = searched.scoring(lists);
                Map<Long, Set<Long>> answered = database(persons, scoring.unknown());
                Map<Long, Set<BlindIndex.WordKey>> chosen = searched.agreeing(scoring, answered);

                assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(chosen.entrySet()),
                        "round " + round + ", name " + name);
                candidates += lists.persons(searched.byKey().keySet()).size();
                asked += scoring.unknown().size();
            }
        }
        // the lists spare some lookups (about a quarter in this data: persons older than a cut list stay unknown)
        assertTrue(asked < candidates * 0.9, asked + " of " + candidates + " candidates asked about");
    }

    @Test
    void aPersonNewerThanEveryoneListedUnderAKeyDoesNotCarryIt() {
        KeyCandidates lists = new KeyCandidates(2);
        lists.add(1, 7, 100);
        lists.add(1, 7, 90); // key 1 cut at two persons in mission 7: 90 and older are unknown
        lists.add(2, 7, 95);
        lists.add(2, 7, 80);
        lists.add(3, 7, 85); // key 3 not cut: everyone carrying it in mission 7 was read
        assertFalse(lists.unknown(95, 1), "newer than the oldest listed under key 1");
        assertTrue(lists.unknown(80, 1), "older than every person listed under key 1");
        assertFalse(lists.unknown(80, 3), "key 3 was read whole");
        assertFalse(lists.unknown(100, 1), "listed under it");
    }

    /** Mission and keys at random; keys skewed so that the first few are carried by many. */
    private static List<Person> persons(SplittableRandom random, int count) {
        List<Person> persons = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            Set<Long> keys = new HashSet<>();
            int carried = 2 + random.nextInt(8);
            while (keys.size() < carried) {
                double u = random.nextDouble();
                keys.add((long) (KEYS * u * u * u));
            }
            persons.add(new Person(id, random.nextInt(MISSIONS), keys));
        }
        return persons;
    }

    /** What NameMatching's first statement reads: per key and mission, the newest carriers, newest first. */
    private static KeyCandidates newestPerKeyAndMission(List<Person> persons) {
        KeyCandidates lists = new KeyCandidates(PER_KEY_AND_MISSION);
        for (long key = 0; key < KEYS; key++) {
            for (long mission = 0; mission < MISSIONS; mission++) {
                long k = key;
                long m = mission;
                persons.stream().filter(p -> p.mission() == m && p.keys().contains(k))
                        .sorted(Comparator.comparingLong(Person::id).reversed()).limit(PER_KEY_AND_MISSION)
                        .forEach(p -> lists.add(k, m, p.id()));
            }
        }
        return lists;
    }

    /** A name of two to four words, each with one to five keys; now and then two words share a key. */
    private static NameMatching.Searched name(SplittableRandom random) {
        Map<Long, List<BlindIndex.WordKey>> byKey = new HashMap<>();
        int words = 2 + random.nextInt(3);
        BlindIndex.Spelling[] spellings = BlindIndex.Spelling.values();
        for (int word = 0; word < words; word++) {
            int keys = 1 + random.nextInt(5);
            for (int i = 0; i < keys; i++) {
                double u = random.nextDouble();
                long key = (long) (KEYS * u * u);
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new BlindIndex.WordKey(word, spellings[i % spellings.length], Long.toHexString(key)));
            }
        }
        return new NameMatching.Searched(byKey, null, words);
    }

    /** The choice of before: every candidate scored by every wanted key it carries, the best CANDIDATES kept. */
    private static Map<Long, Set<BlindIndex.WordKey>> everyKeyOfEveryCandidate(NameMatching.Searched searched,
                                                                               KeyCandidates lists, List<Person> persons) {
        Set<Long> candidates = lists.persons(searched.byKey().keySet());
        Map<Long, Set<Long>> keysOf = new HashMap<>();
        List<KeyCandidates.Score> scored = new ArrayList<>();
        for (Person p : persons) {
            if (candidates.contains(p.id())) {
                Set<Long> keys = new HashSet<>(p.keys());
                keys.retainAll(searched.byKey().keySet());
                keysOf.put(p.id(), keys);
                scored.add(KeyCandidates.score(searched.byKey(), p.id(), keys));
            }
        }
        scored.sort(KeyCandidates.BEST_FIRST);
        Map<Long, Set<BlindIndex.WordKey>> chosen = new LinkedHashMap<>();
        for (KeyCandidates.Score s : scored.subList(0, Math.min(NameMatching.CANDIDATES, scored.size()))) {
            Set<BlindIndex.WordKey> found = new HashSet<>();
            keysOf.get(s.person()).forEach(k -> found.addAll(searched.byKey().get(k)));
            chosen.put(s.person(), found);
        }
        return chosen;
    }

    /** What the second statement answers: of the persons asked about, the asked keys they carry. */
    private static Map<Long, Set<Long>> database(List<Person> persons, Map<Long, List<Long>> asked) {
        Set<Long> keys = new HashSet<>();
        asked.values().forEach(keys::addAll);
        Map<Long, Set<Long>> answer = new HashMap<>();
        for (Person p : persons) {
            if (asked.containsKey(p.id())) {
                Set<Long> carried = new HashSet<>(p.keys());
                carried.retainAll(keys);
                if (!carried.isEmpty()) {
                    answer.put(p.id(), carried);
                }
            }
        }
        return answer;
    }
}
