package org.camino.security.control;

import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Permissions are read once per outermost boundary call, and never remembered beyond it. */
class AuthorizationMemoTest {

    private final AtomicInteger loads = new AtomicInteger();

    private AuthorizationInfo load() {
        loads.incrementAndGet();
        return new SimpleAuthorizationInfo();
    }

    @Test
    void withinOneCallTheCallersPermissionsAreReadOnce() {
        assertTrue(AuthorizationMemo.open());
        try {
            AuthorizationInfo first = AuthorizationMemo.get("alice", this::load);
            assertFalse(AuthorizationMemo.open(), "a nested call keeps the outer memo");
            assertSame(first, AuthorizationMemo.get("alice", this::load));
            AuthorizationMemo.get("bob", this::load);
            assertEquals(2, loads.get(), "once per principal");
        } finally {
            AuthorizationMemo.close();
        }
    }

    @Test
    void outsideACallAndAfterItEveryCheckReadsAgain() {
        AuthorizationMemo.get("alice", this::load);
        AuthorizationMemo.get("alice", this::load);
        assertEquals(2, loads.get());
        assertTrue(AuthorizationMemo.open());
        AuthorizationMemo.get("alice", this::load);
        AuthorizationMemo.close();
        AuthorizationMemo.get("alice", this::load);
        assertEquals(4, loads.get(), "a role change takes effect at the next call");
    }
}
