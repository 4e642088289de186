package org.camino.web.view.cases;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the health and counter-trafficking details tabs is in the English, French and Spanish bundles. */
class DetailsMessagesTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile("Messages\\.(?:info|text)\\(\"([A-Za-z.]+)\"");
    private static final Pattern TERNARY_KEY = Pattern.compile("\\? \"([a-z]+\\.[A-Za-z.]+)\" : \"([a-z]+\\.[A-Za-z.]+)\"");

    @Test
    void everyKeyOfTheTabsIsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String page : List.of("details-health.xhtml", "details-trafficking.xhtml", "details.xhtml", "conflict.xhtml")) {
            collect(read(MAIN.resolve("webapp/WEB-INF/includes/case/" + page)), PAGE_KEY, used);
        }
        for (String bean : List.of("HealthDetailsTab", "HealthAssessmentInput", "TraffickingDetailsTab", "TraffickingEventEditor",
                "SupportPlanEditor", "ReferralEditor")) {
            String source = read(MAIN.resolve("java/org/camino/web/view/cases/" + bean + ".java"));
            collect(source, CODE_KEY, used);
            collect(source, TERNARY_KEY, used);
        }
        // the conflict table names the fields by prefix + field
        for (String field : List.of("receivingCountry", "assessedOn", "outcome", "outcomeDetail", "referredForTreatment", "physician",
                "findings", "tbClass", "vaccinations", "referralNote", "clinicalNotes")) {
            used.add("health." + field);
        }
        for (String field : List.of("traffickingStatus", "statusDecidedBy", "exploitationTypes", "forcedLabourIndustry",
                "sexExploitationTypes", "controlMethods", "recruitmentMethods", "relationshipToTrafficker", "narrative")) {
            used.add("trafficking." + field);
        }
        for (String field : List.of("type", "plannedEndDate", "actualEndDate")) {
            used.add("trafficking.supportPlan." + field);
        }
        for (String field : List.of("type", "country", "startDate", "endDate", "description")) {
            used.add("trafficking.event." + field);
        }
        assertTrue(used.contains("health.clinicalWithheld") && used.contains("details.yes"), used.toString());
        for (String language : List.of("", "_fr", "_es")) {
            Properties bundle = new Properties();
            bundle.load(new StringReader(read(MAIN.resolve("resources/org/camino/web/messages" + language + ".properties"))));
            for (String key : used) {
                assertTrue(bundle.containsKey(key), key + " in messages" + language);
                assertFalse(bundle.getProperty(key).isBlank(), key + " in messages" + language);
            }
        }
    }

    private static void collect(String text, Pattern pattern, Set<String> keys) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                keys.add(m.group(g));
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }
}
