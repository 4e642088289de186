package org.camino.returns.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reintegration assistance item as entered: type (REINTEGRATION_ASSISTANCE),
 * level (ASSISTANCE_LEVEL), planned and delivered dates, and optionally an
 * amount with its ISO 4217 currency (both or neither).
 */
public record AssistanceForm(
        @NotBlank(message = "{returns.assistanceType.required}") String type,
        String level,
        LocalDate plannedOn,
        LocalDate deliveredOn,
        @DecimalMin(value = "0", message = "{returns.amount.negative}")
        @Digits(integer = 10, fraction = 2, message = "{returns.amount.digits}") BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "{returns.currency.pattern}") String currency) {
}
