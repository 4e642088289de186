package org.camino.cases.boundary;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.security.control.Guarded;
import org.camino.security.control.Public;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reference code lists (V3__code_lists.sql), loaded once: is a code in its
 * list, and what is its label in a language. Lists change only by migration,
 * so the cache lives as long as the deployment.
 */
@Singleton
@Lock(LockType.READ)
@Guarded
public class CodeLists {

    public record Code(String code, String parent, String en, String fr, String es) {
        public String label(Locale locale) {
            return switch (locale.getLanguage()) {
                case "fr" -> fr;
                case "es" -> es;
                default -> en;
            };
        }
    }

    @PersistenceContext
    EntityManager em;

    private volatile Map<String, Map<String, Code>> lists;

    @Public("reference code lists, the same for everyone; no case data")
    public boolean contains(String list, String code) {
        return code != null && lists().getOrDefault(list, Map.of()).containsKey(code);
    }

    @Public("reference code lists, the same for everyone; no case data")
    public List<Code> list(String list) {
        return List.copyOf(lists().getOrDefault(list, Map.of()).values());
    }

    @Public("reference code lists, the same for everyone; no case data")
    public Set<String> listNames() {
        return lists().keySet();
    }

    private Map<String, Map<String, Code>> lists() {
        Map<String, Map<String, Code>> loaded = lists;
        if (loaded == null) {
            loaded = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select list_code, code, parent_code, label_en, label_fr, label_es from code_value where active order by list_code, sort_order, label_en")
                    .getResultList();
            for (Object[] r : rows) {
                loaded.computeIfAbsent((String) r[0], k -> new java.util.LinkedHashMap<>())
                        .put((String) r[1], new Code((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
            }
            lists = loaded;
        }
        return loaded;
    }
}
