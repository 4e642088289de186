package org.camino.security.control;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.camino.security.entity.User;

import java.time.Instant;
import java.util.Optional;

/**
 * Camino's Shiro realm: accounts, roles and permissions from PostgreSQL.
 * Every failure (unknown user, wrong password, locked, disabled) gives the
 * same exception after the same amount of hashing work, so that the answer
 * says nothing about which accounts exist.
 */
public class CaminoRealm extends AuthorizingRealm {

    public CaminoRealm() {
        setName("camino");
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        String password = login.getPassword() == null ? "" : new String(login.getPassword());
        UserDirectory directory = directory();
        Optional<User> found = directory.findByUsername(login.getUsername());
        if (found.isEmpty()) {
            Passwords.burnTimeForUnknownUser(password);
            throw new AuthenticationException("sign-in failed");
        }
        User user = found.get();
        boolean passwordMatches = Passwords.matches(password, user.getPasswordHash());
        boolean locked = user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now());
        if (!passwordMatches && !locked) {
            directory.recordFailure(user.getId());
        }
        if (!passwordMatches || locked || !user.isEnabled()) {
            throw new AuthenticationException("sign-in failed");
        }
        directory.recordSuccess(user.getId());
        CaminoPrincipal principal = new CaminoPrincipal(user.getId(), user.getUsername(),
                user.getDisplayName(), user.getSessionEpoch(), user.isMustChangePassword());
        // The password was checked above; Shiro's matcher only needs to see the same token.
        return new SimpleAuthenticationInfo(principal, login.getPassword(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        CaminoPrincipal principal = principals.oneByType(CaminoPrincipal.class);
        if (principal == null) {
            return new SimpleAuthorizationInfo();
        }
        UserDirectory directory = directory();
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(directory.roles(principal.userId()));
        info.setStringPermissions(directory.permissions(principal.userId()));
        return info;
    }

    private static UserDirectory directory() {
        return CDI.current().select(UserDirectory.class).get();
    }
}
