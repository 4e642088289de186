package org.camino.security.control;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;

/**
 * Password hashing with Argon2id through Shiro's crypto. The stored form is
 * Shiro's self-describing hash string (algorithm, parameters, salt, hash), so
 * parameters can be raised later without breaking old hashes.
 */
public final class Passwords {

    public static final String ALGORITHM = "argon2id";

    private static final DefaultPasswordService SERVICE = create();

    /** Compared against for unknown users, so that they take as long as known ones. */
    private static final String DUMMY_HASH = SERVICE.encryptPassword("no user has this password, it only burns time");

    private Passwords() {
    }

    private static DefaultPasswordService create() {
        DefaultHashService hashService = new DefaultHashService();
        hashService.setDefaultAlgorithmName(ALGORITHM);
        DefaultPasswordService service = new DefaultPasswordService();
        service.setHashService(hashService);
        return service;
    }

    public static String hash(String plaintext) {
        return SERVICE.encryptPassword(plaintext);
    }

    public static boolean matches(String plaintext, String storedHash) {
        return SERVICE.passwordsMatch(plaintext, storedHash);
    }

    /** Spends the time a real comparison takes; always false. */
    public static boolean burnTimeForUnknownUser(String plaintext) {
        SERVICE.passwordsMatch(plaintext, DUMMY_HASH);
        return false;
    }
}
