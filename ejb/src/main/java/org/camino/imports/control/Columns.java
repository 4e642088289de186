package org.camino.imports.control;

import java.util.List;
import java.util.Optional;

/**
 * The columns of an import file: what a registration needs (the principal
 * applicant, the first movement, the consent), one case per row. The header
 * names are the registration form's field names, so that a problem of field
 * {@code principal.sex} is a problem of column {@code sex} and
 * {@code movement.originCountry} one of {@code movement.originCountry}. The
 * four case types register the same form, so they share these columns; what
 * differs per programme is entered on the case afterwards.
 */
public final class Columns {

    public enum Kind { TEXT, DATE, YEAR, BOOLEAN, CODE, CODES }

    /** @param codeList the code list of a CODE or CODES column (CODES: several, separated by {@code ;}) */
    public record Column(String name, Kind kind, String codeList, boolean required) {
    }

    public static final List<Column> ALL = List.of(
            new Column("givenName", Kind.TEXT, null, true),
            new Column("familyName", Kind.TEXT, null, false),
            new Column("dateOfBirth", Kind.DATE, null, false),
            new Column("birthYear", Kind.YEAR, null, false),
            new Column("birthDateEstimated", Kind.BOOLEAN, null, false),
            new Column("sex", Kind.CODE, "SEX", true),
            new Column("nationality", Kind.CODE, "COUNTRY", false),
            new Column("documentType", Kind.CODE, "DOCUMENT_TYPE", false),
            new Column("documentNumber", Kind.TEXT, null, false),
            new Column("documentCountry", Kind.CODE, "COUNTRY", false),
            new Column("phone", Kind.TEXT, null, false),
            new Column("email", Kind.TEXT, null, false),
            new Column("address", Kind.TEXT, null, false),
            new Column("vulnerabilities", Kind.CODES, "VULNERABILITY", false),
            new Column("movement.originCountry", Kind.CODE, "COUNTRY", false),
            new Column("movement.originPlace", Kind.TEXT, null, false),
            new Column("movement.transitCountry", Kind.CODE, "COUNTRY", false),
            new Column("movement.destinationCountry", Kind.CODE, "COUNTRY", false),
            new Column("movement.destinationPlace", Kind.TEXT, null, false),
            new Column("movement.plannedDeparture", Kind.DATE, null, false),
            new Column("movement.actualDeparture", Kind.DATE, null, false),
            new Column("movement.plannedArrival", Kind.DATE, null, false),
            new Column("movement.actualArrival", Kind.DATE, null, false),
            new Column("movement.transportMeans", Kind.CODE, "TRANSPORT_MEANS", false),
            new Column("movement.escort", Kind.CODE, "ESCORT_TYPE", false),
            new Column("movement.status", Kind.CODE, "MOVEMENT_STATUS", false),
            new Column("consentPurpose", Kind.CODE, "CONSENT_PURPOSE", false),
            new Column("consentDate", Kind.DATE, null, false));

    private Columns() {
    }

    public static Optional<Column> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The column of a registration problem's field: {@code principal.sex} → {@code sex}. */
    public static String ofField(String field) {
        String name = field.startsWith("principal.") ? field.substring("principal.".length()) : field;
        return named(name).map(Column::name).orElse(name);
    }

    /** A spreadsheet's column letters of a 0-based index: 0 → A, 27 → AB. */
    public static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** The 0-based index of a cell reference's column: {@code AB12} → 27. */
    public static int index(String cellReference) {
        int index = 0;
        for (int i = 0; i < cellReference.length() && Character.isLetter(cellReference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(cellReference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }
}
