package org.camino.cases.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four case types. The code is the TYPE part of case numbers and of the
 * CASE_TYPE code list; the programme area is what permissions name.
 */
public enum CaseType {
    RST("resettlement"),
    AVR("avrr"),
    MHA("health"),
    CTA("trafficking");

    private final String area;

    CaseType(String area) {
        this.area = area;
    }

    /** The programme area used in permission strings: {@code case:read:avrr:ken}. */
    public String area() {
        return area;
    }

    public static Optional<CaseType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(code) || t.area.equalsIgnoreCase(code)).findFirst();
    }
}
