package org.camino.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The roles Camino knows and the permissions each grants (from V2__security.sql), for administrators. */
@Stateless
@Guarded
public class RoleCatalogue {

    public record RoleView(String code, String scope, String description, List<String> permissions) {
    }

    @PersistenceContext
    EntityManager em;

    @Requires("admin:users")
    public List<RoleView> roles() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.code, r.scope, r.description, rp.permission
                  from app_role r left join role_permission rp on rp.role_code = r.code
                 order by r.scope desc, r.code, rp.permission""").getResultList();
        Map<String, RoleView> roles = new LinkedHashMap<>();
        for (Object[] r : rows) {
            RoleView role = roles.computeIfAbsent((String) r[0],
                    code -> new RoleView(code, (String) r[1], (String) r[2], new java.util.ArrayList<>()));
            if (r[3] != null) {
                role.permissions().add((String) r[3]);
            }
        }
        return List.copyOf(roles.values());
    }
}
