package org.camino.resettlement.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A processing stage reached (RESETTLEMENT_STAGE) and its date. Recording a stage again corrects its date. */
public record StageForm(
        @NotBlank(message = "{resettlement.stage.required}") String stage,
        @NotNull(message = "{resettlement.reachedOn.required}") LocalDate reachedOn) {
}
