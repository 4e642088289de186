package org.camino.reporting.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/** The words of the reports in English, French or Spanish ({@code reports*.properties} next to this class). */
final class ReportTexts {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.camino.reporting.boundary.reports", locale,
                ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of a language: en, fr or es; anything else is English. */
    static ReportTexts of(String language) {
        String code = language == null ? "en" : language.trim().toLowerCase(Locale.ROOT);
        return new ReportTexts(LANGUAGES.contains(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String title(String report) {
        return text("report." + report + ".title");
    }

    String counts(String report, Object from, Object to) {
        return new MessageFormat(text("report." + report + ".counts"), locale).format(new Object[] {from, to});
    }

    /** A dimension's name in this report (a report may name a generic one its own way: host country). */
    String dimension(String report, String dimension) {
        String specific = "report." + report + ".dim." + dimension;
        return bundle.containsKey(specific) ? bundle.getString(specific) : text("dim." + dimension);
    }

    /** "Monthly report of KEN for 2026-11". */
    String monthlyTitle(String mission, String month) {
        return new MessageFormat(text("monthly.title"), locale).format(new Object[] {mission, month});
    }
}
