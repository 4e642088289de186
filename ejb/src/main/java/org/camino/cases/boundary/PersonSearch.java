package org.camino.cases.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Exact search: by full or family name, document number or phone. */
public record PersonSearch(@Pattern(regexp = "name|document|phone", message = "{search.by.invalid}") String by,
                           @NotBlank(message = "{search.value.required}") String value) {
    /** Only codes and ids: the other fields may be personal, and records end up in logs. */
    @Override
    public String toString() {
        return "PersonSearch[by=" + by + "]";
    }
}
