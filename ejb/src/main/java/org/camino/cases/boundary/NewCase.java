package org.camino.cases.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A registration: the case type and mission, the principal applicant, the
 * other household members, optionally a first movement and the consent given.
 * {@code duplicatesAcknowledged}: the user has seen the duplicate-person
 * warning and registers anyway.
 */
public record NewCase(
        @NotBlank(message = "{case.type.required}") String type,
        @NotBlank(message = "{case.mission.required}") String mission,
        @NotNull(message = "{case.principal.required}") @Valid PersonForm principal,
        List<@Valid MemberForm> members,
        @Valid MovementForm movement,
        String consentPurpose,
        LocalDate consentDate,
        boolean duplicatesAcknowledged) {
}
