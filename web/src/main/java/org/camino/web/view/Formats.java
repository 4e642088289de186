package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates, times and numbers as the reader's language writes them ({@code #{fmt.date(d)}}). Times are shown in
 * the session's {@link DisplayZone}, with the zone's short name, so that nobody has to guess which clock it is.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    DisplayZone displayZone;

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** A date of birth, or the year alone when only the year is known ("1990", never blank, never "1,990"). */
    public String birth(LocalDate dateOfBirth, Integer birthYear) {
        if (dateOfBirth != null) {
            return date(dateOfBirth);
        }
        return birthYear == null ? "" : String.valueOf(birthYear);
    }

    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        Locale locale = locale();
        ZoneId zone = displayZone.zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(at) + " " + zoneName(zone, at, locale);
    }

    /** The instant for machines, as an HTML {@code <time datetime>} wants it: "2026-11-22T09:03:42.123Z". */
    public String iso(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    /** "EAT", "CET", "UTC"; a zone without a common abbreviation in that language gets its offset ("GMT+03:00"). */
    static String zoneName(ZoneId zone, Instant at, Locale locale) {
        return DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(at);
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
