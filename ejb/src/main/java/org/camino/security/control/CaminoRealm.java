package org.camino.security.control;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.camino.crypto.BlindIndex;
import org.camino.security.entity.User;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Camino's Shiro realm: accounts, roles and permissions from PostgreSQL.
 * Every failure (unknown user, wrong password, locked, disabled) gives the
 * same exception after the same amount of hashing work, so that the answer
 * says nothing about which accounts exist.
 */
public class CaminoRealm extends AuthorizingRealm {

    public CaminoRealm() {
        setName("camino");
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        if (token instanceof BearerToken bearer) {
            return apiToken(bearer);
        }
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        String password = login.getPassword() == null ? "" : new String(login.getPassword());
        UserDirectory directory = directory();
        AccessLog accessLog = CDI.current().select(AccessLog.class).get();
        String attempted = login.getUsername() == null ? "" : login.getUsername().trim().toLowerCase();
        Optional<User> found = directory.findByUsername(attempted);
        if (found.isEmpty()) {
            Passwords.burnTimeForUnknownUser(password);
            // Never the typed name: it may be a password typed into the wrong field. The keyed
            // hash still shows an administrator that one name is being tried again and again.
            String typed = CDI.current().select(BlindIndex.class).get().of(BlindIndex.UNKNOWN_USER_NAME, attempted);
            accessLog.record(AccessLog.Event.LOGIN_FAILURE, null, "login", "unknown user " + typed);
            throw new AuthenticationException("sign-in failed");
        }
        User user = found.get();
        boolean passwordMatches = Passwords.matches(password, user.getPasswordHash());
        boolean locked = user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now());
        if (!passwordMatches && !locked && directory.recordFailure(user.getId())) {
            accessLog.record(AccessLog.Event.LOGIN_LOCKED, user.getUsername(), "login",
                    UserDirectory.MAX_FAILURES + " failures in a row: locked for " + UserDirectory.LOCKOUT.toMinutes() + " min");
        }
        if (!passwordMatches || locked || !user.isEnabled()) {
            accessLog.record(AccessLog.Event.LOGIN_FAILURE, user.getUsername(), "login",
                    locked ? "account locked" : !passwordMatches ? "wrong password" : "account disabled");
            throw new AuthenticationException("sign-in failed");
        }
        directory.recordSuccess(user.getId());
        accessLog.record(AccessLog.Event.LOGIN_SUCCESS, user.getUsername(), "login", null);
        CaminoPrincipal principal = CaminoPrincipal.session(user.getId(), user.getUsername(),
                user.getDisplayName(), user.getSessionEpoch(), user.isMustChangePassword());
        // The password was checked above; Shiro's matcher only needs to see the same token.
        return new SimpleAuthenticationInfo(principal, login.getPassword(), getName());
    }

    /**
     * API tokens: stored as SHA-256 of the secret; revoked, expired or disabled-user tokens fail alike. The caller's
     * grants are read in the same statement and kept for the rest of this request, on its thread
     * ({@link AuthorizationMemo}), so authorising its calls reads nothing more.
     */
    private AuthenticationInfo apiToken(BearerToken bearer) {
        String secret = bearer.getToken() == null ? "" : bearer.getToken();
        UserDirectory.TokenCaller caller = directory().findActiveToken(ApiTokenSecrets.hash(secret))
                .orElseThrow(() -> {
                    CDI.current().select(AccessLog.class).get()
                            .record(AccessLog.Event.LOGIN_FAILURE, null, "api", "unknown, revoked or expired API token");
                    return new AuthenticationException("invalid token");
                });
        AuthorizationMemo.keep(caller.principal(), caller.grants());
        return new SimpleAuthenticationInfo(caller.principal(), secret, getName());
    }

    /**
     * Read once per boundary call, or once per request for an API token (with the token; see
     * {@link AuthorizationMemo}); caching across calls and requests stays off.
     */
    @Override
    protected AuthorizationInfo getAuthorizationInfo(PrincipalCollection principals) {
        Object principal = principals == null ? null : principals.oneByType(CaminoPrincipal.class);
        return AuthorizationMemo.get(principal, () -> super.getAuthorizationInfo(principals));
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        CaminoPrincipal principal = principals.oneByType(CaminoPrincipal.class);
        if (principal == null) {
            return new SimpleAuthorizationInfo();
        }
        Grants grants = grantsOf(principal);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(new LinkedHashSet<>(grants.roles()));
        // parsed here once, not by Shiro at every check (a case list makes one check per mission and case type)
        info.setObjectPermissions(grants.permissions().stream()
                .map(getPermissionResolver()::resolvePermission).collect(Collectors.toSet()));
        return info;
    }

    /** The caller's grants: kept for this request or boundary call if they were read already, else read now. */
    static Grants grantsOf(CaminoPrincipal principal) {
        return AuthorizationMemo.grants(principal, () -> directory().grants(principal.userId(), principal.tokenMission()));
    }

    private static UserDirectory directory() {
        return CDI.current().select(UserDirectory.class).get();
    }
}
