package org.camino.reporting.boundary;

import org.camino.reporting.control.ReportDefinition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTextsTest {

    @Test
    void everyReportIsWordedInEnglishFrenchAndSpanish() {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("en", "fr", "es")) {
            ReportTexts texts = ReportTexts.of(language);
            for (ReportDefinition report : ReportDefinition.values()) {
                check(missing, language, texts.title(report.id()), "report." + report.id() + ".title");
                String counts = texts.counts(report.id(), "2026-01", "2026-03");
                check(missing, language, counts, "report." + report.id() + ".counts");
                boolean onADay = report == ReportDefinition.CASELOAD_OPEN || report == ReportDefinition.CASELOAD_ASSIGNED
                        || report == ReportDefinition.CASELOAD_OVERDUE;
                if (!counts.contains("2026-01") && !onADay || !counts.contains("2026-03")) {
                    missing.add(language + ": " + report.id() + " does not say its dates");
                }
                for (String dimension : report.dimensions()) {
                    check(missing, language, texts.dimension(report.id(), dimension), "dim." + dimension);
                }
                check(missing, language, texts.text("unit." + report.unit()), "unit." + report.unit());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void languagesAreTheirOwnAndAnyOtherIsEnglish() {
        assertNotEquals(ReportTexts.of("en").title("avrr-returns"), ReportTexts.of("fr").title("avrr-returns"));
        assertNotEquals(ReportTexts.of("en").title("avrr-returns"), ReportTexts.of("es").title("avrr-returns"));
        assertEquals(ReportTexts.of("en").title("avrr-returns"), ReportTexts.of("de").title("avrr-returns"));
        assertEquals(ReportTexts.of("en").title("avrr-returns"), ReportTexts.of(null).title("avrr-returns"));
        assertTrue(ReportTexts.of("fr").counts("health-assessments", "2026-01", "2026-02").contains("mois d'évaluation 2026-01"),
                "apostrophes survive MessageFormat");
        assertEquals("Host country", ReportTexts.of("en").dimension("avrr-returns", "originCountry"));
        assertEquals("Origin country", ReportTexts.of("en").dimension("trafficking-victims", "originCountry"));
    }

    private static void check(List<String> missing, String language, String text, String key) {
        if (text == null || text.isBlank() || text.equals(key) || text.startsWith("report.") || text.startsWith("dim.")) {
            missing.add(language + ": " + key);
        }
    }
}
