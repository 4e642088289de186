package org.camino.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.security.entity.User;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the realm needs from the user tables: the account behind a user name,
 * its permissions, and the bookkeeping of failed and successful sign-ins.
 * Not a boundary: only the realm and the security services call it.
 */
@Stateless
public class UserDirectory {

    /** Failures in a row before an account is locked, and for how long. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username == null ? "" : username.trim().toLowerCase())
                .getResultStream().findFirst();
    }

    /** Records a wrong password; returns true when this failure locked the account. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(long userId) {
        User user = em.find(User.class, userId);
        user.setFailedLogins(user.getFailedLogins() + 1);
        if (user.getFailedLogins() >= MAX_FAILURES) {
            user.setLockedUntil(Instant.now().plus(LOCKOUT));
            user.setFailedLogins(0);
            return true;
        }
        return false;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSuccess(long userId) {
        User user = em.find(User.class, userId);
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setLastLoginAt(Instant.now());
    }

    /**
     * The user's Shiro permission strings: each role's templates with the
     * mission code and programme area of the assignment filled in.
     */
    public Set<String> permissions(long userId) {
        List<Object[]> rows = em.createNativeQuery("""
                select rp.permission, m.code, ur.programme_area
                  from user_role ur
                  join role_permission rp on rp.role_code = ur.role_code
                  left join mission m on m.id = ur.mission_id
                 where ur.user_id = ?1
                """).setParameter(1, userId).getResultList();
        Set<String> permissions = new LinkedHashSet<>();
        for (Object[] row : rows) {
            String template = (String) row[0];
            String mission = (String) row[1];
            String area = (String) row[2];
            if (template.contains("{mission}") && mission == null) {
                continue; // a mission role without a mission grants nothing
            }
            String permission = template.replace("{mission}", mission == null ? "" : mission.toLowerCase())
                    .replace("{area}", area == null ? "resettlement,avrr" : area);
            permissions.add(permission);
        }
        return permissions;
    }

    public Set<String> roles(long userId) {
        return new LinkedHashSet<>(em.createQuery(
                        "select distinct r.roleCode from UserRole r where r.user.id = :id", String.class)
                .setParameter("id", userId).getResultList());
    }
}
