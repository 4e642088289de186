package org.camino.publishing.boundary;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/** The words of publishing in English, French or Spanish ({@code publishing*.properties} next to this class). */
final class PublishingTexts {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    private final ResourceBundle bundle;

    private PublishingTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.camino.publishing.boundary.publishing", locale,
                PublishingTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** en, fr or es; anything else is English. */
    static PublishingTexts of(String language) {
        String code = language == null ? "en" : language.trim().toLowerCase(Locale.ROOT);
        return new PublishingTexts(LANGUAGES.contains(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH);
    }

    /** A text by key; a title the analyst typed (not a key) is itself. */
    String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String dimension(String id) {
        return text("dim." + id);
    }
}
