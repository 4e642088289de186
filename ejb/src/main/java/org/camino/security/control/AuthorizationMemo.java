package org.camino.security.control;

import org.apache.shiro.authz.AuthorizationInfo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The caller's grants and permissions, read once per boundary call instead of
 * once per check. A case list checks every (case type, mission) pair, 4 x the
 * number of missions checks, each of which read the database again. Lives
 * only while the outermost guarded call runs on this thread, so a change of
 * roles still takes effect at the next call, as before.
 * <p>
 * A request with an API token opens it for the whole request (through
 * {@code RequestAuthorization}, from the web module's {@code ApiAuthFilter}),
 * and the realm keeps there the grants it read with the token: the request's
 * calls read nothing more, and a change takes effect at the token's next
 * request. Work the request hands to another thread (an import running in the
 * background) does not see them and reads the grants at each call, as before.
 */
public final class AuthorizationMemo {

    private static final class Memo {
        final Map<Object, Grants> grants = new HashMap<>();
        final Map<Object, AuthorizationInfo> permissions = new HashMap<>();
    }

    private static final ThreadLocal<Memo> MEMO = new ThreadLocal<>();

    private AuthorizationMemo() {
    }

    /** @return true if this call opened the memo (and must close it) */
    public static boolean open() {
        if (MEMO.get() != null) {
            return false;
        }
        MEMO.set(new Memo());
        return true;
    }

    public static void close() {
        MEMO.remove();
    }

    static AuthorizationInfo get(Object principal, Supplier<AuthorizationInfo> load) {
        Memo memo = MEMO.get();
        if (memo == null || principal == null) {
            return load.get();
        }
        return memo.permissions.computeIfAbsent(principal, p -> load.get());
    }

    static Grants grants(Object principal, Supplier<Grants> load) {
        Memo memo = MEMO.get();
        if (memo == null || principal == null) {
            return load.get();
        }
        return memo.grants.computeIfAbsent(principal, p -> load.get());
    }

    /** Keeps grants already read (with an API token) while the memo is open; without an open memo, nothing is kept. */
    static void keep(Object principal, Grants grants) {
        Memo memo = MEMO.get();
        if (memo != null) {
            memo.grants.put(principal, grants);
        }
    }
}
