package org.camino.trafficking.boundary;

import jakarta.validation.constraints.NotBlank;

import java.time.LocalDate;

/** A support plan item as entered (HTCDS spl_Type, spl_PlannedEndDate, spl_ActualEndDate). */
public record SupportPlanItemForm(
        @NotBlank(message = "{trafficking.supportType.required}") String type,
        LocalDate plannedEndDate,
        LocalDate actualEndDate) {
}
