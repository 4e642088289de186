package org.camino.trafficking.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A historic trafficking event as entered (HTCDS hte_Type, hte_Country, hte_Date as start, an end, hte_Description). */
public record TraffickingEventForm(
        @NotBlank(message = "{trafficking.eventType.required}") String type,
        String country,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 5_000, message = "{field.tooLong}") String description) {

    @Override
    public String toString() {
        return "TraffickingEventForm[" + type + ", ...]";
    }
}
