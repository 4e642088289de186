package org.camino.cases.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Exact search: by full or family name, document number or phone. */
public record PersonSearch(@Pattern(regexp = "name|document|phone", message = "{search.by.invalid}") String by,
                           @NotBlank(message = "{search.value.required}") @Size(max = 200, message = "{field.tooLong}") String value) {
}
