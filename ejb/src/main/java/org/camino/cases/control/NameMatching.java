package org.camino.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.crypto.BlindIndex;
import org.camino.crypto.BlindIndex.Spelling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the persons a name may belong to, across spellings and scripts, and
 * ranks them: an exact match of the full or family name first, then by how
 * many of the name's words have a key that agrees, then by how many of its
 * word keys agree ({@link BlindIndex#ofNameWords}: the word, its
 * transliteration, its sound, its consonants), then the same year of birth,
 * then the same sex. Only persons of the scope's missions are read.
 * <p>
 * Words before keys: a name in Arabic script agrees with its Latin spelling
 * by one or two keys per word (its consonants, at best its sound), a Latin
 * namesake sharing one word by four; counting keys first put the person
 * wanted behind every namesake of one word (NameMatchingRecallTest).
 */
@ApplicationScoped
public class NameMatching {

    /** Persons read per search, the most agreeing keys first, before they are ranked. */
    static final int CANDIDATES = 200;

    /**
     * Persons read per key before scoring, newest first, shared among the scope's missions (at least
     * {@link #MIN_PER_KEY_AND_MISSION} each). A common word's keys are carried by tens of thousands at a
     * million cases; reading them all made one search read half a million rows. The cost: a person found only
     * by common keys, and older than this many namesakes of each, is not offered (NameMatchingRecallTest
     * plays the same bound); exact full- and family-name matches are never bounded this way.
     */
    static final int PER_KEY = 300;
    static final int MIN_PER_KEY_AND_MISSION = 20;

    /** What a caller knows besides the name: tie-breakers, either may be null. */
    public record Wanted(String name, Integer birthYear, String sex) {
        /** Never the name: records end up in log lines and exception messages. */
        @Override
        public String toString() {
            return "Wanted[birthYear=" + birthYear + ", sex=" + sex + "]";
        }
    }

    /**
     * One person who may be the one wanted: whether the whole name (or the
     * family name) matched exactly, how many word keys agreed, how many of the
     * wanted name's words were found, and how (the spellings that agreed).
     */
    public record Match(long personId, boolean exact, int keysAgreeing, int wordsMatched, int wordsWanted,
                        Set<Spelling> spellings, Integer birthYear, String sex) {

        /** "exact" or the spellings that agreed ("word", "transliteration", "sound", "consonants"), comma-separated. */
        public String how() {
            if (exact) {
                return "exact";
            }
            return spellings.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(","));
        }

        /** The name matched exactly or word for word as written, not only as another spelling. */
        public boolean sameSpelling() {
            return exact || spellings.equals(EnumSet.of(Spelling.WORD));
        }

        /** Every word wanted was found (by some spelling), or the name matched exactly. */
        public boolean allWordsFound() {
            return exact || wordsMatched >= wordsWanted;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonIndexer indexer;

    /** The best {@code limit} matches, best first; none if nothing could be searched for. */
    public List<Match> find(CaseScope.Scope scope, Wanted wanted, int limit) {
        PersonIndexer.NameKeys keys = indexer.nameKeys(wanted.name());
        PersonIndexer.SearchIndex full = indexer.nameIndex(wanted.name());
        if (scope.isEmpty() || (keys.isEmpty() && full == null)) {
            return List.of();
        }
        Map<Long, List<BlindIndex.WordKey>> byKey = new HashMap<>();
        for (BlindIndex.WordKey key : keys.all()) {
            byKey.computeIfAbsent(Long.parseUnsignedLong(key.key(), 16), k -> new ArrayList<>()).add(key);
        }
        Map<Long, Set<BlindIndex.WordKey>> agreeing = keysAgreeing(scope, byKey);
        Set<Long> exact = full == null ? Set.of() : exact(scope, full);
        Set<Long> ids = new LinkedHashSet<>(exact);
        ids.addAll(agreeing.keySet());
        if (ids.isEmpty()) {
            return List.of();
        }
        int wordsWanted = (int) keys.current().stream().mapToInt(BlindIndex.WordKey::word).distinct().count();
        List<Match> matches = new ArrayList<>();
        for (Object[] row : details(ids)) {
            long id = ((Number) row[0]).longValue();
            Set<BlindIndex.WordKey> found = agreeing.getOrDefault(id, Set.of());
            Set<Spelling> spellings = EnumSet.noneOf(Spelling.class);
            found.forEach(k -> spellings.add(k.spelling()));
            int words = (int) found.stream().mapToInt(BlindIndex.WordKey::word).distinct().count();
            matches.add(new Match(id, exact.contains(id), found.size(), words, wordsWanted, spellings,
                    row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2]));
        }
        matches.sort(ranking(wanted));
        return matches.size() > limit ? matches.subList(0, limit) : matches;
    }

    /** Best first: exact, words found by some key, keys agreeing, same birth year, same sex; then the newest person. */
    static Comparator<Match> ranking(Wanted wanted) {
        return Comparator.comparing(Match::exact).reversed()
                .thenComparing(Comparator.comparingInt(Match::wordsMatched).reversed())
                .thenComparing(Comparator.comparingInt(Match::keysAgreeing).reversed())
                .thenComparing(m -> wanted.birthYear() == null || !wanted.birthYear().equals(m.birthYear()))
                .thenComparing(m -> wanted.sex() == null || !wanted.sex().equalsIgnoreCase(Objects.toString(m.sex(), "")))
                .thenComparing(Comparator.comparingLong(Match::personId).reversed());
    }

    /** Persons with at least one of the keys, and which of the wanted keys each one has. */
    private Map<Long, Set<BlindIndex.WordKey>> keysAgreeing(CaseScope.Scope scope, Map<Long, List<BlindIndex.WordKey>> byKey) {
        if (byKey.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> wordOfKey = new HashMap<>();
        byKey.forEach((key, wordKeys) -> wordOfKey.put(key, wordKeys.get(0).word()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(keysAgreeingSql(wordOfKey, scope.missionIds())).getResultList();
        Map<Long, Set<BlindIndex.WordKey>> agreeing = new HashMap<>();
        for (Object[] row : rows) {
            Set<BlindIndex.WordKey> found = new HashSet<>();
            for (String key : ((String) row[1]).split(" ")) {
                found.addAll(byKey.getOrDefault(Long.parseLong(key), List.of()));
            }
            agreeing.put(((Number) row[0]).longValue(), found);
        }
        return agreeing;
    }

    /** Persons whose full or family name is the wanted name (under the current or previous blind-index key). */
    private Set<Long> exact(CaseScope.Scope scope, PersonIndexer.SearchIndex full) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(exactSql(scope.personSql("p")))
                .setParameter(1, full.current()).setParameter(2, full.previous()).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<Object[]> details(Set<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(detailsSql(ids)).getResultList();
        return rows;
    }

    /*
     * The statements, as text, so that bench/names times exactly what a search runs.
     * The keys, word positions and ids are numbers computed here, never user text: they go into the
     * statement as literals. Candidates are chosen as they are ranked (words found, then keys), so that
     * a name in another script, which agrees by fewer keys per word, is not crowded out by one-word namesakes.
     */

    /**
     * Persons with one of the keys (key -> the wanted word it belongs to), in the missions given: person id,
     * the wanted keys the person has. Two steps: the newest persons of each key in each mission (the primary
     * key's order, so each is a short index range read backwards), then every wanted key of those candidates
     * (the (person_id, key) index), so that a candidate's score counts all its keys, not only those it was found by.
     */
    static String keysAgreeingSql(Map<Long, Integer> wordOfKey, List<Long> missionIds) {
        String wanted = wordOfKey.entrySet().stream()
                .map(e -> "(" + e.getKey() + "::bigint, " + e.getValue() + ")")
                .collect(Collectors.joining(","));
        String missions = missionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return """
                with wanted (key, word) as (values %s),
                candidate as (
                    select distinct c.person_id
                      from wanted q
                     cross join unnest(array[%s]::bigint[]) m (id)
                     cross join lateral (select k.person_id from person_name_key k
                                          where k.key = q.key and k.mission_id = m.id
                                          order by k.person_id desc limit %d) c)
                select k.person_id, string_agg(k.key::text, ' ')
                  from candidate c
                  join person_name_key k on k.person_id = c.person_id
                  join wanted q on q.key = k.key
                 group by k.person_id
                 order by count(distinct q.word) desc, count(*) desc, k.person_id desc
                 limit %d""".formatted(wanted, missions, perKeyAndMission(missionIds.size()), CANDIDATES);
    }

    static int perKeyAndMission(int missions) {
        return Math.max(MIN_PER_KEY_AND_MISSION, (PER_KEY + missions - 1) / Math.max(1, missions));
    }

    /** Persons whose full or family name index is ?1 or ?2. */
    static String exactSql(String scopeSql) {
        return """
                select p.id from person p where p.name_index in (?1, ?2) and %1$s
                union
                select p.id from person p where p.family_name_index in (?1, ?2) and %1$s
                limit %2$d""".formatted(scopeSql, CANDIDATES);
    }

    static String detailsSql(Set<Long> ids) {
        return "select p.id, p.birth_year, p.sex from person p where p.id in ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }
}
