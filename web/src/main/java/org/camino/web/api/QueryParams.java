package org.camino.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.camino.missions.boundary.Missions;
import org.camino.platform.errors.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Query parameters are taken as text and parsed here, not by JAX-RS: JAX-RS
 * answers a parameter it cannot convert with 404, as if the resource did not
 * exist, and reads any word but "true" as false. Here a malformed value is a
 * 400 naming the parameter, and a boolean is {@code true} or {@code false}.
 * An absent parameter takes its default.
 */
final class QueryParams {

    static final String INVALID = "parameter.invalid";

    private QueryParams() {
    }

    static int integer(String name, String text, int ifAbsent) {
        Integer value = integer(name, text);
        return value == null ? ifAbsent : value;
    }

    static Integer integer(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, INVALID);
        }
    }

    /** A whole number that may pass 2^31 (a sequence number). */
    static long longInteger(String name, String text, long ifAbsent) {
        if (text == null) {
            return ifAbsent;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, INVALID);
        }
    }

    static boolean bool(String name, String text, boolean ifAbsent) {
        if (text == null) {
            return ifAbsent;
        }
        return switch (text.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.of(name, INVALID);
        };
    }

    /** A mission code in any case, upper-cased; null if absent or blank. */
    static String missionCode(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!code.matches(Missions.CODE_PATTERN)) {
            throw InvalidInputException.of(name, INVALID);
        }
        return code;
    }

    static LocalDate date(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "date.invalid");
        }
    }

    /** {@code lang} if given (en, fr or es; anything else is a 400 naming it), otherwise the Accept-Language. */
    static String language(String lang, HttpHeaders headers) {
        if (lang != null) {
            if (!List.of("en", "fr", "es").contains(lang.trim())) {
                throw InvalidInputException.of("lang", INVALID);
            }
            return lang.trim();
        }
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.isEmpty() || accepted.get(0).getLanguage().isEmpty() ? "en" : accepted.get(0).getLanguage();
    }
}
