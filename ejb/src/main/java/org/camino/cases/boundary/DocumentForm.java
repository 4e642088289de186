package org.camino.cases.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A document record as entered: whose, which type (DOCUMENT_TYPE list),
 * number, issuing country (COUNTRY list), dates in order, remarks.
 */
public record DocumentForm(
        @NotNull(message = "{document.person.required}") Long personId,
        @NotBlank(message = "{document.type.required}") String documentType,
        @Size(max = 64, message = "{field.tooLong}") String documentNumber,
        String issuingCountry,
        LocalDate issuedOn,
        LocalDate expiresOn,
        @Size(max = 500, message = "{field.tooLong}") String remarks) {
    /** Only codes and ids: the other fields may be personal, and records end up in logs. */
    @Override
    public String toString() {
        return "DocumentForm[personId=" + personId + ", documentType=" + documentType + ", issuingCountry=" + issuingCountry + "]";
    }
}
