package org.camino.security.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.shiro.authz.permission.WildcardPermission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which enabled users hold a permission in a mission, asked about other users
 * than the caller (whom a case may be assigned to), with the same templates
 * the realm gives the users themselves. Not a boundary: callers check the
 * caller's own rights first.
 */
@Stateless
public class PermissionHolders {

    /** A user as others may see them: no password, no roles. */
    public record Holder(long id, String username, String displayName) {
    }

    @PersistenceContext
    EntityManager em;

    /** Enabled users with a role in the mission that grants the permission, by display name. */
    public List<Holder> holding(String permission, long missionId) {
        return grants(permission, "ur.mission_id = ?1", missionId);
    }

    /** The enabled user with this name if their roles in the mission grant the permission. */
    public Optional<Holder> holder(String username, String permission, long missionId) {
        String name = username == null ? "" : username.trim().toLowerCase();
        return holding(permission, missionId).stream().filter(h -> h.username().equals(name)).findFirst();
    }

    /** Users by id, enabled or not (a disabled user still shows by name in a case's history). */
    public Map<Long, Holder> users(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Holder> users = new HashMap<>();
        em.createQuery("select u.id, u.username, u.displayName from User u where u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> users.put((Long) r[0], new Holder((Long) r[0], (String) r[1], (String) r[2])));
        return users;
    }

    private List<Holder> grants(String permission, String roleCondition, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.username, u.display_name, rp.permission, m.code, ur.programme_area
                  from app_user u
                  join user_role ur on ur.user_id = u.id
                  join role_permission rp on rp.role_code = ur.role_code
                  left join mission m on m.id = ur.mission_id
                 where u.enabled and %s
                 order by u.display_name, u.username""".formatted(roleCondition))
                .setParameter(1, parameter).getResultList();
        WildcardPermission wanted = new WildcardPermission(permission.toLowerCase());
        Map<Long, Holder> holders = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String granted = Grants.expand((String) r[3], (String) r[4], (String) r[5]);
            if (granted != null && new WildcardPermission(granted).implies(wanted)) {
                long id = ((Number) r[0]).longValue();
                holders.putIfAbsent(id, new Holder(id, (String) r[1], (String) r[2]));
            }
        }
        return new ArrayList<>(holders.values());
    }
}
