package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.security.boundary.Account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code #{staff.name(username)}}: the display name of the colleague who did
 * something ("by", "requested by"), instead of their user id. Each user name
 * is looked up once per request.
 */
@Named("staff")
@RequestScoped
public class StaffNames {

    @Inject
    Account account;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(username, u -> account.displayNames(List.of(u)).getOrDefault(u, u));
    }
}
