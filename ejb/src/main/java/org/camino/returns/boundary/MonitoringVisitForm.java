package org.camino.returns.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A monitoring visit as entered: which visit (MONITORING_VISIT), when, the three scores (0 to 1), notes. */
public record MonitoringVisitForm(
        @NotBlank(message = "{returns.visit.required}") String visit,
        @NotNull(message = "{returns.visitedOn.required}") LocalDate visitedOn,
        @NotNull(message = "{returns.score.required}") @DecimalMin(value = "0", message = "{returns.score.range}")
        @DecimalMax(value = "1", message = "{returns.score.range}") BigDecimal economicScore,
        @NotNull(message = "{returns.score.required}") @DecimalMin(value = "0", message = "{returns.score.range}")
        @DecimalMax(value = "1", message = "{returns.score.range}") BigDecimal socialScore,
        @NotNull(message = "{returns.score.required}") @DecimalMin(value = "0", message = "{returns.score.range}")
        @DecimalMax(value = "1", message = "{returns.score.range}") BigDecimal psychosocialScore,
        @Size(max = 10_000, message = "{field.tooLong}") String notes) {

    @Override
    public String toString() {
        return "MonitoringVisitForm[" + visit + ", ...]"; // never the notes in logs
    }
}
