package org.camino.cases.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Search by name (the full name, any word of it, or a spelling of it in
 * another script or sound), by document number or by phone. For names,
 * the year of birth and the sex, when given, rank the persons who have them first.
 */
public record PersonSearch(@Pattern(regexp = "name|document|phone", message = "{search.by.invalid}") String by,
                           @NotBlank(message = "{search.value.required}")
                           @Size(max = 200, message = "{search.value.tooLong}") String value,
                           @Min(value = 1900, message = "{search.birthYear.invalid}")
                           @Max(value = 2100, message = "{search.birthYear.invalid}") Integer birthYear,
                           @Size(max = 16, message = "{search.sex.invalid}") String sex) {

    public PersonSearch(String by, String value) {
        this(by, value, null, null);
    }

    /** Only codes and ids: the other fields may be personal, and records end up in logs. */
    @Override
    public String toString() {
        return "PersonSearch[by=" + by + "]";
    }
}
