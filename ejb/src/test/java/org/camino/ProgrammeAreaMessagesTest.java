package org.camino;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programme areas' message keys: every key their sources use is in the
 * bundles, in English, French and Spanish alike, and each language's
 * "# programme areas" block has the same keys.
 */
class ProgrammeAreaMessagesTest {

    private static final Path EJB = Path.of("src/main");
    private static final Path WEB = Path.of("../web/src/main");
    private static final List<String> LANGUAGES = List.of("", "_fr", "_es");
    private static final Pattern BEAN_VALIDATION_KEY = Pattern.compile("\"\\{([A-Za-z.]+)}\"");
    private static final Pattern PROBLEM_KEY = Pattern.compile(
            "(?:FieldProblem|InvalidInputException\\.of)\\([^;]*?,\\s*\"([A-Za-z.]+)\"\\)");

    @Test
    void everyBeanValidationKeyOfTheAreasIsInEveryLanguage() throws IOException {
        Set<String> used = keys(BEAN_VALIDATION_KEY);
        assertFalse(used.isEmpty());
        for (String language : LANGUAGES) {
            Properties bundle = load(EJB.resolve("resources/ValidationMessages" + language + ".properties"));
            used.forEach(key -> assertTrue(bundle.containsKey(key), key + " in ValidationMessages" + language));
        }
    }

    @Test
    void everyProblemKeyOfTheAreasIsInEveryLanguage() throws IOException {
        Set<String> used = keys(PROBLEM_KEY);
        assertTrue(used.contains("returns.score.range") && used.contains("date.future"), used.toString());
        for (String language : LANGUAGES) {
            Properties bundle = load(WEB.resolve("resources/org/camino/web/messages" + language + ".properties"));
            used.forEach(key -> assertTrue(bundle.containsKey(key), key + " in messages" + language));
        }
    }

    @Test
    void theProgrammeAreaBlocksHaveTheSameKeysInEveryLanguage() throws IOException {
        for (String family : List.of("resources/ValidationMessages", "../../../web/src/main/resources/org/camino/web/messages")) {
            Set<String> english = block(EJB.resolve(family + ".properties"));
            assertFalse(english.isEmpty(), family);
            for (String language : List.of("_fr", "_es")) {
                assertEquals(english, block(EJB.resolve(family + language + ".properties")), family + language);
            }
        }
    }

    private static Set<String> keys(Pattern pattern) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String area : List.of("resettlement", "returns", "health", "trafficking")) {
            try (Stream<Path> files = Files.walk(EJB.resolve("java/org/camino/" + area))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        sources.add(EJB.resolve("java/org/camino/cases/control/FormValues.java"));
        sources.add(EJB.resolve("java/org/camino/cases/control/ProgrammeCases.java"));
        for (String resource : List.of("Resettlement", "Returns", "HealthAssessment", "Trafficking")) {
            sources.add(WEB.resolve("java/org/camino/web/api/" + resource + "Resource.java"));
        }
        Set<String> keys = new TreeSet<>();
        for (Path source : sources) {
            Matcher m = pattern.matcher(Files.readString(source).replaceAll("\\s+", " "));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
        return properties;
    }

    /** The keys of the block that starts with "# programme areas" and runs to the next comment or the end. */
    private static Set<String> block(Path file) throws IOException {
        Set<String> keys = new TreeSet<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("#")) {
                inBlock = line.equals("# programme areas");
            } else if (inBlock && line.contains("=")) {
                keys.add(line.substring(0, line.indexOf('=')).trim());
            }
        }
        return keys;
    }
}
