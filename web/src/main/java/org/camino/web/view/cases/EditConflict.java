package org.camino.web.view.cases;

import org.camino.platform.errors.ConflictException;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Someone saved the record after the user opened it: who, when, and which
 * fields now differ between what they saved and what the user typed (the
 * user's input is kept in the form).
 */
public record EditConflict(String changedBy, Instant changedAt, List<Difference> differences) implements Serializable {

    /** One field: its message key, the saved value and the user's. */
    public record Difference(String field, String theirs, String mine) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "Difference[field=" + field + "]";
        }
    }

    static EditConflict of(ConflictException e, Map<String, Object> theirs, Map<String, Object> mine, Instant changedAt) {
        List<Difference> differences = new ArrayList<>();
        if (theirs != null) {
            mine.forEach((field, value) -> {
                if (!Objects.equals(blankAsNull(value), blankAsNull(theirs.get(field)))) {
                    differences.add(new Difference(field, text(theirs.get(field)), text(value)));
                }
            });
        }
        return new EditConflict(e.changedBy(), changedAt, List.copyOf(differences));
    }

    private static Object blankAsNull(Object value) {
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof List<?> l && l.isEmpty()) {
            return null;
        }
        return value;
    }

    private static String text(Object value) {
        if (value instanceof List<?> l) {
            return String.join(", ", l.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : value.toString();
    }
}
