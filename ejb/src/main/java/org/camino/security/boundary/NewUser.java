package org.camino.security.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What an administrator enters to create an account. The initial password must be changed at first sign-in. */
public record NewUser(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{user.username.pattern}") String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 200) String displayName,
        @NotNull(message = "{password.tooShort}") String initialPassword,
        @NotNull List<@Valid Assignment> assignments) {
    @Override
    public String toString() {
        return "NewUser[" + username + "]"; // never the password
    }
}
