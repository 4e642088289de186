package org.camino.security.control;

import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Permissions and grants are read once per outermost boundary call (or, with an API token, once per request on its
 * thread), and never remembered beyond it.
 */
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

    private final AtomicInteger grantReads = new AtomicInteger();

    private Grants readGrants() {
        grantReads.incrementAndGet();
        return new Grants(Set.of("CASEWORKER"), Map.of("KEN", 1L), Set.of("case:read:avrr:ken"));
    }

    @Test
    void grantsReadWithATokenServeTheRequestOnItsThreadOnlyAndAreGoneAfterIt() throws Exception {
        Grants withToken = new Grants(Set.of("CASEWORKER"), Map.of("KEN", 1L), Set.of("case:read:avrr:ken"));
        assertTrue(AuthorizationMemo.open(), "the request opens it");
        try {
            AuthorizationMemo.keep("alice", withToken);
            assertFalse(AuthorizationMemo.open(), "a boundary call inside the request keeps it");
            assertSame(withToken, AuthorizationMemo.grants("alice", this::readGrants));
            assertEquals(0, grantReads.get(), "nothing read again during the request");

            AtomicReference<Grants> elsewhere = new AtomicReference<>();
            Thread background = new Thread(() -> elsewhere.set(AuthorizationMemo.grants("alice", this::readGrants)));
            background.start();
            background.join(10_000);
            assertNotSame(withToken, elsewhere.get(), "work handed to another thread reads the grants itself");
            assertEquals(1, grantReads.get());
        } finally {
            AuthorizationMemo.close();
        }
        AuthorizationMemo.grants("alice", this::readGrants);
        assertEquals(2, grantReads.get(), "after the request, grants are read again: a removed role counts at once");
    }

    @Test
    void withoutAnOpenMemoNothingIsKept() {
        AuthorizationMemo.keep("alice", readGrants());
        AuthorizationMemo.grants("alice", this::readGrants);
        assertEquals(2, grantReads.get());
    }

    @Test
    void withinOneBoundaryCallGrantsAreReadOnce() {
        assertTrue(AuthorizationMemo.open());
        try {
            Grants first = AuthorizationMemo.grants("alice", this::readGrants);
            assertSame(first, AuthorizationMemo.grants("alice", this::readGrants));
            assertEquals(1, grantReads.get());
        } finally {
            AuthorizationMemo.close();
        }
    }
}
