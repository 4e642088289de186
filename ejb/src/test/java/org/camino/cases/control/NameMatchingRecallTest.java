package org.camino.cases.control;

import org.camino.crypto.BlindIndex;
import org.camino.crypto.KeyRing;
import org.camino.crypto.Normaliser;
import org.camino.synthetic.control.NamePools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall and false matches of name matching on a hand-built set of name
 * variants (src/test/resources/names/name-variants.tsv: Arabic, Somali,
 * Tigrinya, Dari/Pashto, Slavic, Vietnamese, Spanish/Portuguese, in Latin
 * spellings and in their own scripts), among 3,000 namesakes drawn from
 * the synthetic-data name pools. The keys and the ranking are the
 * product's ({@link PersonIndexer}, {@link BlindIndex}, {@link NameMatching#ranking});
 * only the SQL lookup is replaced by the same set intersection in memory.
 * One spelling of each person is registered, every other one is searched.
 */
class NameMatchingRecallTest {

    private static final int DISTRACTORS = Integer.getInteger("names.distractors", 3_000);
    private static final double REQUIRED_RECALL = 0.90;

    private record Person(long id, String language, String name, Set<String> keys, String nameIndex, String familyIndex) {
    }

    private record Outcome(int queries, int top1, int top5, long otherPersonsReturned, long wrongAboveTrue,
                           Map<String, int[]> byLanguage, List<String> misses) {
    }

    private static PersonIndexer indexer;
    private static List<String[]> lines;

    @BeforeAll
    static void keysAndNames() throws Exception {
        byte[] blind = new byte[KeyRing.KEY_BYTES];
        byte[] field = new byte[KeyRing.KEY_BYTES];
        SecureRandom random = new SecureRandom();
        random.nextBytes(blind);
        random.nextBytes(field);
        indexer = new PersonIndexer();
        indexer.blindIndex = new BlindIndex(new KeyRing("k1", Map.of("k1", field), blind));
        lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                NameMatchingRecallTest.class.getResourceAsStream("/names/name-variants.tsv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\t"));
                }
            }
        }
    }

    @Test
    void theTruePersonIsAmongTheFirstFiveForNineVariantsInTen() {
        Outcome first = run(false);
        Outcome last = run(true);
        report("registered as first written (Latin), searched by every other spelling", first);
        report("registered as last written (mostly its own script), searched by every other spelling", last);
        assertTrue(first.top5() >= REQUIRED_RECALL * first.queries(), "recall " + first.top5() + "/" + first.queries()
                + "; misses: " + first.misses());
        assertTrue(last.top5() >= REQUIRED_RECALL * last.queries(), "recall " + last.top5() + "/" + last.queries()
                + "; misses: " + last.misses());
    }

    private Outcome run(boolean registerLast) {
        List<Person> persons = new ArrayList<>();
        Set<String> spelledNames = new HashSet<>();
        Map<Long, List<String>> queriesOf = new HashMap<>();
        long id = 1;
        for (String[] line : lines) {
            List<String> spellings = Arrays.stream(line[1].split("\\|")).map(String::trim).toList();
            spellings.forEach(s -> spelledNames.add(Normaliser.name(s)));
            String registered = registerLast ? spellings.get(spellings.size() - 1) : spellings.get(0);
            persons.add(register(id, line[0], registered));
            queriesOf.put(id, spellings.stream().filter(s -> !s.equals(registered)).toList());
            id++;
        }
        SplittableRandom random = new SplittableRandom(12);
        NamePools.Region[] regions = NamePools.Region.values();
        // namesakes registered after the test persons, so that they win ties on the newest person
        for (int i = 0; i < DISTRACTORS; i++) {
            NamePools.Region region = regions[random.nextInt(regions.length)];
            String name = NamePools.givenName(region, random.nextBoolean(), random) + " " + NamePools.familyName(region, random);
            if (!spelledNames.contains(Normaliser.name(name))) { // a namesake written exactly alike is the same name
                persons.add(register(id++, "distractor", name));
            }
        }
        int queries = 0, top1 = 0, top5 = 0;
        long others = 0, above = 0;
        Map<String, int[]> byLanguage = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Person truth : persons) {
            for (String query : queriesOf.getOrDefault(truth.id(), List.of())) {
                List<NameMatching.Match> ranked = search(persons, query);
                int position = 0;
                while (position < ranked.size() && ranked.get(position).personId() != truth.id()) {
                    position++;
                }
                boolean found = position < ranked.size();
                queries++;
                others += ranked.size() - (found ? 1 : 0);
                above += found ? position : ranked.size();
                top1 += found && position == 0 ? 1 : 0;
                top5 += found && position < 5 ? 1 : 0;
                int[] counts = byLanguage.computeIfAbsent(truth.language(), l -> new int[2]);
                counts[0]++;
                counts[1] += found && position < 5 ? 1 : 0;
                if (!found || position >= 5) {
                    misses.add(query + " -> " + truth.name() + " (" + (found ? "#" + (position + 1) : "not found") + ")");
                }
            }
        }
        return new Outcome(queries, top1, top5, others, above, byLanguage, misses);
    }

    private static Person register(long id, String language, String name) {
        String[] words = name.split(" ");
        String family = words.length > 1 ? words[words.length - 1] : null;
        String given = words.length > 1 ? String.join(" ", Arrays.copyOf(words, words.length - 1)) : name;
        PersonIndexer.Indexes indexes = indexer.indexesOf(given, family, null, null, null);
        Set<String> keys = indexes.nameKeys() == null ? Set.of() : Set.of(indexes.nameKeys().split(" "));
        return new Person(id, language, name, keys, indexes.name(), indexes.familyName());
    }

    /**
     * What {@link NameMatching#find} computes with SQL, in memory: the newest persons carrying each key (as
     * many as it reads per key in one mission) and every exact match are the candidates; they are scored by
     * every key they carry, and ranked. The persons searched for were registered first, before all their
     * namesakes: the bound's worst case.
     */
    private static List<NameMatching.Match> search(List<Person> persons, String query) {
        PersonIndexer.NameKeys keys = indexer.nameKeys(query);
        PersonIndexer.SearchIndex full = indexer.nameIndex(query);
        int wordsWanted = (int) keys.current().stream().mapToInt(BlindIndex.WordKey::word).distinct().count();
        Set<Long> candidates = new HashSet<>();
        for (String key : keys.current().stream().map(BlindIndex.WordKey::key).distinct().toList()) {
            persons.stream().filter(p -> p.keys().contains(key)).sorted(Comparator.comparingLong(Person::id).reversed())
                    .limit(Integer.getInteger("names.perKey", NameMatching.perKeyAndMission(1))).forEach(p -> candidates.add(p.id()));
        }
        List<NameMatching.Match> matches = new ArrayList<>();
        for (Person p : persons) {
            boolean exactMatch = full != null && (full.current().equals(p.nameIndex()) || full.current().equals(p.familyIndex()));
            if (!candidates.contains(p.id()) && !exactMatch) {
                continue;
            }
            Set<BlindIndex.WordKey> found = new HashSet<>();
            for (BlindIndex.WordKey key : keys.current()) {
                if (p.keys().contains(key.key())) {
                    found.add(key);
                }
            }
            boolean exact = full != null && (full.current().equals(p.nameIndex()) || full.current().equals(p.familyIndex()));
            if (found.isEmpty() && !exact) {
                continue;
            }
            Set<BlindIndex.Spelling> spellings = EnumSet.noneOf(BlindIndex.Spelling.class);
            found.forEach(k -> spellings.add(k.spelling()));
            int words = (int) found.stream().mapToInt(BlindIndex.WordKey::word).distinct().count();
            matches.add(new NameMatching.Match(p.id(), exact, found.size(), words, wordsWanted, spellings, null, null));
        }
        matches.sort(NameMatching.ranking(new NameMatching.Wanted(query, null, null)));
        return matches;
    }

    private static void report(String title, Outcome o) {
        StringBuilder out = new StringBuilder("Name matching, ").append(title).append(":\n");
        out.append(String.format("  queries %d; true person first: %d (%.1f %%); in the first five: %d (%.1f %%)%n",
                o.queries(), o.top1(), 100.0 * o.top1() / o.queries(), o.top5(), 100.0 * o.top5() / o.queries()));
        out.append(String.format("  other persons returned per query (any key in common): %.1f; ranked above the true one: %.2f%n",
                (double) o.otherPersonsReturned() / o.queries(), (double) o.wrongAboveTrue() / o.queries()));
        o.byLanguage().forEach((language, c) -> out.append(String.format("  %s: %d/%d in the first five%n", language, c[1], c[0])));
        o.misses().forEach(m -> out.append("  missed: ").append(m).append('\n'));
        System.out.print(out);
    }
}
