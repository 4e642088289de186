package org.camino.cases.boundary;

import org.camino.cases.boundary.CaseViews.DamagedField;
import org.camino.platform.errors.UnreadableDataException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the encrypted fields of the entities behind one view. A damaged
 * value (one that fails its integrity check) becomes null in the view and is
 * noted with its field, its row and its incident reference, so that the page
 * shows the rest and says which field is damaged, instead of failing as a
 * whole. The incident itself is recorded where the value was opened
 * ({@code security.control.IntegrityIncidents}). The programme areas read
 * their views through it too.
 */
public final class Reading {

    private final List<DamagedField> damaged = new ArrayList<>();

    /** The getter's value, or null (noted as damaged) if the stored value is unreadable. */
    public <T> T of(Supplier<T> getter, String owner, long ownerId) {
        try {
            return getter.get();
        } catch (UnreadableDataException e) {
            damaged.add(new DamagedField(e.field(), owner, ownerId, e.incidentReference()));
            return null;
        }
    }

    public List<DamagedField> damaged() {
        return List.copyOf(damaged);
    }

    /** The damaged values of one record read so far (a list row names its own, as the whole view does). */
    public List<DamagedField> damagedOf(String owner, long ownerId) {
        return damaged.stream().filter(d -> d.owner().equals(owner) && d.ownerId() == ownerId).toList();
    }

    /** A name for a list row, or the reference of the incident that keeps it from being read. */
    static NameOrIncident name(Supplier<String> getter) {
        try {
            return new NameOrIncident(getter.get(), null);
        } catch (UnreadableDataException e) {
            return new NameOrIncident(null, e.incidentReference() == null ? "" : e.incidentReference());
        }
    }

    /** Exactly one of the two is set: the name, or the incident reference ("" if it could not be recorded). */
    record NameOrIncident(String name, String incident) {
        /** Never the name: records end up in log lines and exception messages. */
        @Override
        public String toString() {
            return incident == null ? "NameOrIncident[readable]" : "NameOrIncident[unreadable " + incident + "]";
        }
    }
}
