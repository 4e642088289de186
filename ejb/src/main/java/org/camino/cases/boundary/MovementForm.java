package org.camino.cases.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A movement as entered. Dates must be in order; codes come from their lists. */
public record MovementForm(
        @NotBlank(message = "{movement.origin.required}") String originCountry,
        @Size(max = 200, message = "{field.tooLong}") String originPlace,
        String transitCountry,
        @NotBlank(message = "{movement.destination.required}") String destinationCountry,
        @Size(max = 200, message = "{field.tooLong}") String destinationPlace,
        LocalDate plannedDeparture,
        LocalDate actualDeparture,
        LocalDate plannedArrival,
        LocalDate actualArrival,
        String transportMeans,
        String escort,
        String status) {
    /** Only codes and ids: the other fields may be personal, and records end up in logs. */
    @Override
    public String toString() {
        return "MovementForm[originCountry=" + originCountry + ", destinationCountry=" + destinationCountry + ", status=" + status + "]";
    }
}
