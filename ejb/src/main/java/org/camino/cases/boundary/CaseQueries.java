package org.camino.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.cases.boundary.CaseViews.Page;
import org.camino.cases.boundary.CaseViews.PossibleDuplicate;
import org.camino.cases.control.CaseScope;
import org.camino.cases.control.NameMatching;
import org.camino.cases.control.PersonIndexer;
import org.camino.cases.entity.CaseType;
import org.camino.cases.entity.Person;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The read side of cases: paged lists filtered and sorted on clear columns,
 * blind-index searches and duplicate checks, always inside the caller's
 * scope. Only the principal names of the rows on the page are decrypted; a
 * name that fails its integrity check marks its row unreadable (with the
 * incident's reference) and leaves the others as they are.
 */
@ApplicationScoped
public class CaseQueries {

    /**
     * At most this many cases per search, the most recently opened first: a page a field office can load
     * on a slow link (as the lists' 50 rows). A name shared by more people needs the document or phone.
     */
    public static final int SEARCH_LIMIT = 50;

    private static final Map<String, String> SORTS = Map.of("number", "c.number", "openedOn", "c.opened_on",
            "status", "c.status", "type", "c.case_type", "mission", "m.code");

    /**
     * Lists count their rows exactly up to this many; above, the total is
     * PostgreSQL's estimate (flagged in the page), because an exact count of
     * a scope of a million cases takes longer than everything else the page does.
     */
    public static final int EXACT_TOTAL_UP_TO = 10_000;
    private static final Pattern ESTIMATED_ROWS = Pattern.compile("rows=(\\d+)");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseScope caseScope;

    @Inject
    PersonIndexer indexer;

    @Inject
    NameMatching nameMatching;

    /** A page of the list; with {@code q.assignedToMe()}, only the cases assigned to {@code callerId}. */
    public Page<CaseRow> list(CaseScope.Scope scope, CaseQuery q, long callerId) {
        if (scope.isEmpty()) {
            return new Page<>(List.of(), 0, q.offset(), q.limit());
        }
        Selection selection = selection(scope, q, callerId);
        List<CaseRow> rows = rows(selection, q);
        Query count = em.createNativeQuery("select count(*) from (select 1" + selection.fromWhere() + " limit "
                + (EXACT_TOTAL_UP_TO + 1) + ") capped");
        bind(count, selection.params());
        long total = ((Number) count.getSingleResult()).longValue();
        if (total > EXACT_TOTAL_UP_TO) {
            return new Page<>(rows, Math.max(EXACT_TOTAL_UP_TO + 1, estimate(selection.fromWhere(), selection.params())),
                    q.offset(), q.limit(), true);
        }
        return new Page<>(rows, total, q.offset(), q.limit());
    }

    /**
     * The rows of the list's page {@code q} (offset, limit) without its total, as {@link #list} shows them: for
     * exports, which read a whole filter a page at a time and have counted it once before.
     */
    public List<CaseRow> pageRows(CaseScope.Scope scope, CaseQuery q, long callerId) {
        return scope.isEmpty() ? List.of() : rows(selection(scope, q, callerId), q);
    }

    /** How many cases the list's filter matches, counted exactly up to {@code upTo}; more answers {@code upTo + 1}. */
    public long countUpTo(CaseScope.Scope scope, CaseQuery q, long callerId, int upTo) {
        if (scope.isEmpty()) {
            return 0;
        }
        Selection selection = selection(scope, q, callerId);
        Query count = em.createNativeQuery("select count(*) from (select 1" + selection.fromWhere() + " limit "
                + (upTo + 1) + ") capped");
        bind(count, selection.params());
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The list's filter as SQL: the same for a page, its count and an export. */
    private record Selection(String fromWhere, List<Object> params) {
        /** SQL and codes only, but a record's text is checked like any other (RecordsPrintNoPersonalDataTest). */
        @Override
        public String toString() {
            return "Selection[" + params.size() + " parameters]";
        }
    }

    private static Selection selection(CaseScope.Scope scope, CaseQuery q, long callerId) {
        StringBuilder where = new StringBuilder(" where ").append(scope.sql("c"));
        List<Object> params = new ArrayList<>();
        if (q.type() != null && !q.type().isBlank()) {
            where.append(" and c.case_type = ?").append(params.size() + 1);
            params.add(CaseType.parse(q.type()).map(Enum::name).orElse("?"));
        }
        if (q.mission() != null && !q.mission().isBlank()) {
            where.append(" and m.code = ?").append(params.size() + 1);
            params.add(q.mission().trim().toUpperCase(Locale.ROOT));
        }
        if (q.status() != null && !q.status().isBlank()) {
            where.append(" and c.status = ?").append(params.size() + 1);
            params.add(q.status().trim().toUpperCase(Locale.ROOT));
        }
        if (q.openedFrom() != null) {
            where.append(" and c.opened_on >= ?").append(params.size() + 1);
            params.add(q.openedFrom());
        }
        if (q.openedTo() != null) {
            where.append(" and c.opened_on <= ?").append(params.size() + 1);
            params.add(q.openedTo());
        }
        if (q.assignedToMe()) {
            where.append(" and c.assigned_to = ?").append(params.size() + 1);
            params.add(callerId);
        }
        return new Selection(" from case_file c join mission m on m.id = c.mission_id" + where, params);
    }

    private List<CaseRow> rows(Selection selection, CaseQuery q) {
        String order = SORTS.getOrDefault(q.sort() == null ? "openedOn" : q.sort(), "c.opened_on")
                + (q.descending() ? " desc" : " asc") + ", c.id" + (q.descending() ? " desc" : " asc");
        Query rows = em.createNativeQuery("select c.number, c.case_type, m.code, c.status, c.pending_status, c.opened_on,"
                + " c.principal_id" + selection.fromWhere() + " order by " + order + " limit " + q.limit()
                + " offset " + q.offset());
        bind(rows, selection.params());
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        return toRows(result);
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    /** The planner's row estimate for the filter (from statistics; no rows are read). */
    private long estimate(String fromWhere, List<Object> params) {
        Query explain = em.createNativeQuery("explain select 1" + fromWhere);
        bind(explain, params);
        Object firstLine = explain.getResultList().get(0);
        Matcher rows = ESTIMATED_ROWS.matcher(String.valueOf(firstLine));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    public List<CaseRow> search(CaseScope.Scope scope, PersonSearch search) {
        String by = search.by() == null ? "name" : search.by();
        if ("name".equals(by)) {
            return searchByName(scope, search);
        }
        PersonIndexer.SearchIndex index = "document".equals(by) ? indexer.documentIndex(search.value())
                : indexer.phoneIndex(search.value());
        if (index == null || scope.isEmpty()) {
            return List.of();
        }
        // ?2 is the index under the previous blind-index key while that key is rotated, else ?1 again.
        String persons = matching("document".equals(by) ? "document_index" : "phone_index", scope);
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                        select distinct c.number, c.case_type, m.code, c.status, c.pending_status, c.opened_on, c.principal_id
                          from (%s) p
                          join household_member hm on hm.person_id = p.id
                          join case_file c on c.household_id = hm.household_id
                          join mission m on m.id = c.mission_id
                         where %s
                         order by c.opened_on desc
                         limit %d""".formatted(persons, scope.sql("c"), SEARCH_LIMIT))
                .setParameter(1, index.current()).setParameter(2, index.previous()).getResultList();
        return toRows(result).stream().map(row -> row.matching(by)).toList();
    }

    /**
     * The cases of the persons {@link NameMatching} finds, in its order (a
     * case once, at its best-ranked person), each saying what matched.
     */
    private List<CaseRow> searchByName(CaseScope.Scope scope, PersonSearch search) {
        List<NameMatching.Match> matches = nameMatching.find(scope,
                new NameMatching.Wanted(search.value(), search.birthYear(), search.sex()), SEARCH_LIMIT);
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            rank.put(matches.get(i).personId(), i);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                        select c.number, c.case_type, m.code, c.status, c.pending_status, c.opened_on, c.principal_id,
                               hm.person_id
                          from household_member hm
                          join case_file c on c.household_id = hm.household_id
                          join mission m on m.id = c.mission_id
                         where hm.person_id in (%s) and %s""".formatted(
                        rank.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")), scope.sql("c")))
                .getResultList();
        Map<String, Object[]> best = new LinkedHashMap<>();
        result.stream()
                .sorted(Comparator.comparingInt((Object[] r) -> rank.get(((Number) r[7]).longValue()))
                        .thenComparing(r -> toDate(r[5]), Comparator.reverseOrder()))
                .forEach(r -> best.putIfAbsent((String) r[0], r));
        List<Object[]> ordered = best.values().stream().limit(SEARCH_LIMIT).toList();
        List<CaseRow> rows = toRows(ordered);
        List<CaseRow> described = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            described.add(rows.get(i).matching(matches.get(rank.get(((Number) ordered.get(i)[7]).longValue())).how()));
        }
        return described;
    }

    /** Ids of the persons of the scope's missions whose blind index in that column is ?1 or ?2. */
    private static String matching(String indexColumn, CaseScope.Scope scope) {
        return "select p.id from person p where p." + indexColumn + " in (?1, ?2) and " + scope.personSql("p");
    }

    /** At most this many likely duplicates per person, and persons per document number. */
    static final int DUPLICATES_LIMIT = 20;

    /** Bound values per statement (PostgreSQL takes at most 32,767). */
    private static final int PARAMETERS = 10_000;

    /**
     * Persons already on file who may be this one: the same document number,
     * or a name that {@link NameMatching} finds with every word (exactly or
     * as another spelling or script) and the same year of birth. Without a
     * year of birth, only names found with every word are shown.
     */
    public List<PossibleDuplicate> possibleDuplicates(PersonForm person) {
        return possibleDuplicates(List.of(person)).get(0);
    }

    /**
     * {@link #possibleDuplicates(PersonForm)} for many persons at once (an import's rows), the same matching
     * in a few statements whatever their number: one list per person, in order.
     */
    public List<List<PossibleDuplicate>> possibleDuplicates(List<PersonForm> persons) {
        CaseScope.Scope scope = caseScope.of("read");
        if (scope.isEmpty() || persons.isEmpty()) {
            return persons.stream().map(p -> List.<PossibleDuplicate>of()).toList();
        }
        List<Map<Long, String>> matchedOn = new ArrayList<>(persons.size());
        Map<String, List<Long>> byDocument = byDocument(scope, persons);
        List<NameMatching.Wanted> names = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            PersonForm person = persons.get(i);
            Map<Long, String> matched = new LinkedHashMap<>();
            PersonIndexer.SearchIndex document = indexer.documentIndex(person.documentNumber());
            if (document != null) {
                for (String index : new java.util.LinkedHashSet<>(List.of(document.current(), document.previous()))) {
                    byDocument.getOrDefault(index, List.of()).forEach(id -> matched.put(id, "document"));
                }
            }
            matchedOn.add(matched);
            String fullName = fullName(person);
            if (fullName != null && !fullName.isBlank()) {
                names.add(new NameMatching.Wanted(fullName, birthYear(person), person.sex()));
                named.add(i);
            }
        }
        List<List<NameMatching.Match>> byName = nameMatching.findAll(scope, names, DUPLICATES_LIMIT);
        for (int n = 0; n < names.size(); n++) {
            Integer birthYear = names.get(n).birthYear();
            Map<Long, String> matched = matchedOn.get(named.get(n));
            for (NameMatching.Match match : byName.get(n)) {
                boolean sameYear = birthYear != null && birthYear.equals(match.birthYear());
                if (match.allWordsFound() && (sameYear || birthYear == null)) {
                    matched.putIfAbsent(match.personId(), (match.sameSpelling() ? "name" : "similar name")
                            + (sameYear ? " and birth year" : ""));
                }
            }
        }
        return withCases(scope, matchedOn);
    }

    private static Integer birthYear(PersonForm person) {
        return person.birthYear() != null ? person.birthYear()
                : person.dateOfBirth() == null ? null : person.dateOfBirth().getYear();
    }

    private static String fullName(PersonForm person) {
        return person.familyName() == null ? person.givenName() : person.givenName() + " " + person.familyName();
    }

    /**
     * The persons of the scope's missions carrying one of these document numbers (under the current or
     * previous blind-index key), by document index, at most {@value #DUPLICATES_LIMIT} each.
     */
    private Map<String, List<Long>> byDocument(CaseScope.Scope scope, List<PersonForm> persons) {
        List<String> indexes = new ArrayList<>(new java.util.LinkedHashSet<>(persons.stream()
                .map(p -> indexer.documentIndex(p.documentNumber())).filter(java.util.Objects::nonNull)
                .flatMap(d -> java.util.stream.Stream.of(d.current(), d.previous())).toList()));
        Map<String, List<Long>> byIndex = new HashMap<>();
        for (int first = 0; first < indexes.size(); first += PARAMETERS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select c.id, q.idx from unnest(string_to_array(:indexes, ' ')) q (idx)
                             cross join lateral (select p.id from person p where p.document_index = q.idx and %s
                                                  limit %d) c""".formatted(scope.personSql("p"), DUPLICATES_LIMIT))
                    .setParameter("indexes", String.join(" ", indexes.subList(first, Math.min(indexes.size(), first + PARAMETERS))))
                    .getResultList();
            for (Object[] row : rows) {
                byIndex.computeIfAbsent((String) row[1], k -> new ArrayList<>()).add(((Number) row[0]).longValue());
            }
        }
        return byIndex;
    }

    /** The cases (in the scope) of each person's matches, in the order of its matches, each saying what matched. */
    private List<List<PossibleDuplicate>> withCases(CaseScope.Scope scope, List<Map<Long, String>> matchedOn) {
        Set<Long> all = new java.util.HashSet<>();
        matchedOn.forEach(m -> all.addAll(m.keySet()));
        if (all.isEmpty()) {
            return matchedOn.stream().map(m -> List.<PossibleDuplicate>of()).toList();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select distinct c.number, c.case_type, m.code, hm.person_id
                          from household_member hm
                          join case_file c on c.household_id = hm.household_id
                          join mission m on m.id = c.mission_id
                         where hm.person_id in (%s) and %s
                         order by c.number""".formatted(all.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")), scope.sql("c")))
                .getResultList();
        Map<Long, List<Object[]>> casesOf = new HashMap<>();
        rows.forEach(r -> casesOf.computeIfAbsent(((Number) r[3]).longValue(), k -> new ArrayList<>()).add(r));
        List<List<Object[]>> chosen = new ArrayList<>(matchedOn.size());
        Set<Long> shown = new java.util.HashSet<>();
        for (Map<Long, String> matched : matchedOn) {
            List<Object[]> cases = matched.keySet().stream().flatMap(id -> casesOf.getOrDefault(id, List.of()).stream())
                    .limit(DUPLICATES_LIMIT).toList();
            cases.forEach(r -> shown.add(((Number) r[3]).longValue()));
            chosen.add(cases);
        }
        Map<Long, Person> persons = load(new ArrayList<>(shown));
        List<List<PossibleDuplicate>> duplicates = new ArrayList<>(matchedOn.size());
        for (int i = 0; i < matchedOn.size(); i++) {
            Map<Long, String> matched = matchedOn.get(i);
            duplicates.add(chosen.get(i).stream().map(r -> {
                Person p = persons.get(((Number) r[3]).longValue());
                Reading.NameOrIncident name = Reading.name(p::fullName); // a damaged name spoils its row only
                return new PossibleDuplicate((String) r[0], (String) r[1], (String) r[2], name.name(),
                        p.getBirthYear(), matched.get(p.getId()), name.incident());
            }).toList());
        }
        return duplicates;
    }

    /** Rows of {number, type, mission, status, pending, opened, principal id} as case rows with decrypted names. */
    public List<CaseRow> rows(List<Object[]> result) {
        return toRows(result);
    }

    /** The persons with these ids, decrypted, by id. */
    public Map<Long, Person> people(List<Long> ids) {
        return load(ids);
    }

    private List<CaseRow> toRows(List<Object[]> result) {
        Map<Long, Person> principals = load(result.stream().map(r -> ((Number) r[6]).longValue()).toList());
        return result.stream().map(r -> {
            Person p = principals.get(((Number) r[6]).longValue());
            Reading.NameOrIncident name = Reading.name(p::fullName); // a damaged name spoils its row only
            return new CaseRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    toDate(r[5]), name.name(), p.getBirthYear(), p.getSex(), name.incident());
        }).toList();
    }

    private Map<Long, Person> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // read-only: rows for display, so Hibernate keeps no snapshot of them to dirty-check at commit
        return em.createQuery("select p from Person p where p.id in :ids", Person.class).setParameter("ids", ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
