package org.camino.cases.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What is entered about a person. Codes are checked against their lists by the service. */
public record PersonForm(
        @NotBlank(message = "{person.givenName.required}") @Size(max = 200, message = "{field.tooLong}") String givenName,
        @Size(max = 200, message = "{field.tooLong}") String familyName,
        LocalDate dateOfBirth,
        Integer birthYear,
        boolean birthDateEstimated,
        @NotBlank(message = "{person.sex.required}") String sex,
        String nationality,
        String documentType,
        @Size(max = 64, message = "{field.tooLong}") String documentNumber,
        String documentCountry,
        @Size(max = 40, message = "{field.tooLong}") String phone,
        @Email(message = "{person.email.invalid}") @Size(max = 200, message = "{field.tooLong}") String email,
        @Size(max = 500, message = "{field.tooLong}") String address,
        List<String> vulnerabilities) {

    @Override
    public String toString() {
        return "PersonForm[...]"; // never personal data in logs
    }
}
