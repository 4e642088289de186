package org.camino.trafficking.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A referral as entered: INCOMING or OUTGOING (REFERRAL_DIRECTION), the other
 * organisation's type (ORGANISATION_TYPE), the reason (REFERRAL_REASON), the
 * date, and a note (encrypted).
 */
public record ReferralForm(
        @NotBlank(message = "{trafficking.referralDirection.required}") String direction,
        String organisationType,
        String reason,
        @NotNull(message = "{trafficking.referredOn.required}") LocalDate referredOn,
        @Size(max = 5_000, message = "{field.tooLong}") String note) {

    @Override
    public String toString() {
        return "ReferralForm[" + direction + ", ...]";
    }
}
