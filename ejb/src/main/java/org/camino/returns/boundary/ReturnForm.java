package org.camino.returns.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The return details as entered. Several reasons (RETURN_REASON) and
 * vulnerabilities (VULNERABILITY) may apply; codes are checked by the service.
 */
public record ReturnForm(
        String hostCountry,
        String originCountry,
        @Size(max = 100, message = "{field.tooLong}") String originRegion,
        String programme,
        String migrantCategory,
        List<String> returnReasons,
        @Min(value = 0, message = "{returns.monthsInHost.range}")
        @Max(value = 1200, message = "{returns.monthsInHost.range}") Integer monthsInHost,
        List<String> vulnerabilities) {
}
