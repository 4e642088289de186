package org.camino.cases.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A household member and their relationship to the principal applicant. */
public record MemberForm(@NotNull @Valid PersonForm person,
                         @NotBlank(message = "{member.relationship.required}") String relationship) {
}
