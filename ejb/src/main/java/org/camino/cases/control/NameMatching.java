package org.camino.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.crypto.BlindIndex;
import org.camino.crypto.BlindIndex.Spelling;

import java.util.ArrayList;
import java.util.Collection;
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

    /** Bound values per statement (PostgreSQL takes at most 32,767). */
    private static final int PARAMETERS = 10_000;

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
        return findAll(scope, List.of(wanted), limit).get(0);
    }

    /**
     * {@link #find} for many names at once (an import's rows), in the same few statements whatever their
     * number: the same candidates, scores and ranking as one name at a time, one list per name, in order.
     */
    public List<List<Match>> findAll(CaseScope.Scope scope, List<Wanted> wanted, int limit) {
        List<Searched> searched = new ArrayList<>(wanted.size());
        Set<Long> allKeys = new HashSet<>();
        Set<String> allFull = new HashSet<>();
        for (Wanted one : wanted) {
            Searched s = searched(one);
            searched.add(s);
            allKeys.addAll(s.byKey().keySet());
            if (s.full() != null) {
                allFull.add(s.full().current());
                allFull.add(s.full().previous());
            }
        }
        if (scope.isEmpty() || (allKeys.isEmpty() && allFull.isEmpty())) {
            return wanted.stream().map(w -> List.<Match>of()).toList();
        }
        KeyCandidates candidates = candidates(scope, allKeys);
        Map<String, Set<Long>> exactByIndex = exact(scope, allFull);
        List<KeyCandidates.Scoring> scorings = new ArrayList<>(searched.size());
        Set<Long> askPersons = new HashSet<>();
        Set<Long> askKeys = new HashSet<>();
        for (Searched s : searched) {
            KeyCandidates.Scoring scoring = s.scoring(candidates);
            scorings.add(scoring);
            askPersons.addAll(scoring.unknown().keySet());
            scoring.unknown().values().forEach(askKeys::addAll);
        }
        Map<Long, Set<Long>> answered = keysCarried(askPersons, askKeys);
        List<Map<Long, Set<BlindIndex.WordKey>>> agreeing = new ArrayList<>(searched.size());
        List<Set<Long>> exact = new ArrayList<>(searched.size());
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < searched.size(); i++) {
            Map<Long, Set<BlindIndex.WordKey>> agree = searched.get(i).agreeing(scorings.get(i), answered);
            Set<Long> same = searched.get(i).exact(exactByIndex);
            agreeing.add(agree);
            exact.add(same);
            ids.addAll(agree.keySet());
            ids.addAll(same);
        }
        Map<Long, Object[]> details = ids.isEmpty() ? Map.of() : details(ids);
        List<List<Match>> found = new ArrayList<>(searched.size());
        for (int i = 0; i < searched.size(); i++) {
            found.add(matches(searched.get(i), wanted.get(i), agreeing.get(i), exact.get(i), details, limit));
        }
        return found;
    }

    private List<Match> matches(Searched searched, Wanted wanted, Map<Long, Set<BlindIndex.WordKey>> agreeing,
                                Set<Long> exact, Map<Long, Object[]> details, int limit) {
        Set<Long> ids = new LinkedHashSet<>(exact);
        ids.addAll(agreeing.keySet());
        List<Match> matches = new ArrayList<>();
        for (long id : ids) {
            Object[] row = details.get(id);
            if (row == null) {
                continue; // deleted meanwhile
            }
            Set<BlindIndex.WordKey> found = agreeing.getOrDefault(id, Set.of());
            Set<Spelling> spellings = EnumSet.noneOf(Spelling.class);
            found.forEach(k -> spellings.add(k.spelling()));
            int words = (int) found.stream().mapToInt(BlindIndex.WordKey::word).distinct().count();
            matches.add(new Match(id, exact.contains(id), found.size(), words, searched.wordsWanted(), spellings,
                    row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2]));
        }
        matches.sort(ranking(wanted));
        return matches.size() > limit ? matches.subList(0, limit) : matches;
    }

    /** A wanted name's word keys (key -> the words and spellings it stands for) and its full-name index. */
    record Searched(Map<Long, List<BlindIndex.WordKey>> byKey, PersonIndexer.SearchIndex full, int wordsWanted) {

        /** Only counts: records end up in log lines and exception messages. */
        @Override
        public String toString() {
            return "Searched[" + byKey.size() + " keys, " + wordsWanted + " words]";
        }

        /** See {@link KeyCandidates#scoring}. */
        KeyCandidates.Scoring scoring(KeyCandidates candidates) {
            return candidates.scoring(byKey, CANDIDATES);
        }

        /** See {@link KeyCandidates#agreeing}. */
        Map<Long, Set<BlindIndex.WordKey>> agreeing(KeyCandidates.Scoring scoring, Map<Long, Set<Long>> answered) {
            return KeyCandidates.agreeing(byKey, scoring, answered, CANDIDATES);
        }

        /** The persons whose full or family name index is this name's, at most {@value #CANDIDATES}. */
        Set<Long> exact(Map<String, Set<Long>> byIndex) {
            if (full == null) {
                return Set.of();
            }
            Set<Long> ids = new LinkedHashSet<>(byIndex.getOrDefault(full.current(), Set.of()));
            ids.addAll(byIndex.getOrDefault(full.previous(), Set.of()));
            return ids.stream().limit(CANDIDATES).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    private Searched searched(Wanted wanted) {
        PersonIndexer.NameKeys keys = indexer.nameKeys(wanted.name());
        Map<Long, List<BlindIndex.WordKey>> byKey = new HashMap<>();
        for (BlindIndex.WordKey key : keys.all()) {
            byKey.computeIfAbsent(Long.parseUnsignedLong(key.key(), 16), k -> new ArrayList<>()).add(key);
        }
        int wordsWanted = (int) keys.current().stream().mapToInt(BlindIndex.WordKey::word).distinct().count();
        return new Searched(byKey, indexer.nameIndex(wanted.name()), wordsWanted);
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

    private KeyCandidates candidates(CaseScope.Scope scope, Set<Long> keys) {
        KeyCandidates candidates = new KeyCandidates(perKeyAndMission(scope.missionIds().size()));
        if (keys.isEmpty()) {
            return candidates;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(newestCarriersSql(keys, scope.missionIds())).getResultList();
        for (Object[] row : rows) {
            candidates.add(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
        }
        return candidates;
    }

    /** Which of these keys each of these persons carries (only the pairs asked about are used), by person. */
    private Map<Long, Set<Long>> keysCarried(Set<Long> persons, Set<Long> keys) {
        Map<Long, Set<Long>> carried = new HashMap<>();
        if (persons.isEmpty() || keys.isEmpty()) {
            return carried;
        }
        List<Long> all = new ArrayList<>(persons);
        for (int first = 0; first < all.size(); first += PARAMETERS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(keysCarriedSql(all.subList(first, Math.min(all.size(), first + PARAMETERS)), keys))
                    .getResultList();
            for (Object[] row : rows) {
                carried.computeIfAbsent(((Number) row[0]).longValue(), p -> new HashSet<>()).add(((Number) row[1]).longValue());
            }
        }
        return carried;
    }

    /** Persons whose full or family name index is one of these (current or previous blind-index key), by index. */
    private Map<String, Set<Long>> exact(CaseScope.Scope scope, Set<String> indexes) {
        Map<String, Set<Long>> byIndex = new HashMap<>();
        if (indexes.isEmpty()) {
            return byIndex;
        }
        List<String> all = new ArrayList<>(indexes);
        for (int first = 0; first < all.size(); first += PARAMETERS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(exactSql(scope.personSql("p")))
                    .setParameter("indexes", String.join(" ", all.subList(first, Math.min(all.size(), first + PARAMETERS))))
                    .getResultList();
            for (Object[] row : rows) {
                byIndex.computeIfAbsent((String) row[1], k -> new LinkedHashSet<>()).add(((Number) row[0]).longValue());
            }
        }
        return byIndex;
    }

    /** id -> {id, birth year, sex}. */
    private Map<Long, Object[]> details(Set<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(detailsSql(ids)).getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        rows.forEach(r -> byId.put(((Number) r[0]).longValue(), r));
        return byId;
    }

    /*
     * The statements, as text, so that bench/names times exactly what a search runs.
     * The keys, word positions and ids are numbers computed here, never user text: they go into the
     * statement as literals. Candidates are chosen as they are ranked (words found, then keys), so that
     * a name in another script, which agrees by fewer keys per word, is not crowded out by one-word namesakes.
     */

    /**
     * The newest persons carrying each key in each of the missions given (the primary key's order, so each is a
     * short index range read backwards): key, mission, person. The lists also tell which of these persons do
     * not carry a key ({@link KeyCandidates}); the rest of a candidate's keys is asked by {@link #keysCarriedSql}.
     * The scores and the ranking are computed by the caller, for each name wanted.
     */
    static String newestCarriersSql(Collection<Long> keys, List<Long> missionIds) {
        return """
                select q.key, m.id, c.person_id
                  from unnest(array[%s]::bigint[]) q (key)
                 cross join unnest(array[%s]::bigint[]) m (id)
                 cross join lateral (select k.person_id from person_name_key k
                                      where k.key = q.key and k.mission_id = m.id
                                      order by k.person_id desc limit %d) c""".formatted(numbers(keys), numbers(missionIds),
                perKeyAndMission(missionIds.size()));
    }

    /**
     * Person and key of each of these persons carrying one of these keys: one probe of the (person_id, key) index
     * per person, its ten-odd keys filtered. {@code k.key + 0} keeps the keys out of the index condition: with
     * them in it, PostgreSQL 17 flattened the lateral subquery and read every carrier of the keys into a hash
     * (76,000 rows, 100 ms at 100,000 cases) or, fenced, probed once per person and key (twice the time of the
     * filter; EXPLAIN ANALYZE in docs/benchmarks.md, issue 12 round 3).
     */
    static String keysCarriedSql(Collection<Long> persons, Collection<Long> keys) {
        return """
                select k.person_id, k.key
                  from unnest(array[%s]::bigint[]) p (id)
                 cross join lateral (select k.person_id, k.key from person_name_key k
                                      where k.person_id = p.id and k.key + 0 = any(array[%s]::bigint[])) k""".formatted(
                numbers(persons), numbers(keys));
    }

    private static String numbers(Collection<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static int perKeyAndMission(int missions) {
        return Math.max(MIN_PER_KEY_AND_MISSION, (PER_KEY + missions - 1) / Math.max(1, missions));
    }

    /**
     * Persons whose full or family name index is one of {@code :indexes} (one value: the indexes, hex, separated
     * by spaces): id, the index it matched; at most {@value #CANDIDATES} per index.
     */
    static String exactSql(String scopeSql) {
        return """
                select c.id, q.idx from unnest(string_to_array(:indexes, ' ')) q (idx)
                 cross join lateral (select p.id from person p where p.name_index = q.idx and %1$s
                                     union
                                     select p.id from person p where p.family_name_index = q.idx and %1$s
                                     limit %2$d) c""".formatted(scopeSql, CANDIDATES);
    }

    static String detailsSql(Set<Long> ids) {
        return "select p.id, p.birth_year, p.sex from person p where p.id in ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }
}
