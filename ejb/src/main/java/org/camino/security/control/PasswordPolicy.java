package org.camino.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 12 characters, not a well-known
 * password, not built from the user name, not one character repeated.
 * Returns message keys, so that every language can say why.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Empty when the password is acceptable; otherwise message keys (password.tooShort, ...). */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded)) {
            problems.add("password.common");
        }
        if (username != null && username.length() >= 3 && folded.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        if (folded.chars().distinct().count() < 4) {
            problems.add("password.tooSimple");
        }
        return problems;
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/org/camino/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    common.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return common;
    }
}
