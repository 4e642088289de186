package org.camino.security.control;

import org.apache.shiro.authz.AuthorizationInfo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The caller's roles and permissions, read once per boundary call instead of
 * once per check. A case list checks every (case type, mission) pair, 4 x the
 * number of missions checks, each of which read the database again. Lives
 * only while the outermost guarded call runs on this thread, so a change of
 * roles still takes effect at the next call, as before.
 */
final class AuthorizationMemo {

    private static final ThreadLocal<Map<Object, AuthorizationInfo>> MEMO = new ThreadLocal<>();

    private AuthorizationMemo() {
    }

    /** @return true if this call opened the memo (and must close it) */
    static boolean open() {
        if (MEMO.get() != null) {
            return false;
        }
        MEMO.set(new HashMap<>());
        return true;
    }

    static void close() {
        MEMO.remove();
    }

    static AuthorizationInfo get(Object principal, Supplier<AuthorizationInfo> load) {
        Map<Object, AuthorizationInfo> memo = MEMO.get();
        if (memo == null || principal == null) {
            return load.get();
        }
        return memo.computeIfAbsent(principal, p -> load.get());
    }
}
