package org.camino.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseAccess;
import org.camino.cases.control.CaseHistorySource;
import org.camino.cases.entity.CaminoRevision;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.DocumentRecord;
import org.camino.cases.entity.HouseholdMember;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.Person;
import org.camino.platform.errors.UnreadableDataException;
import org.camino.security.control.Guarded;
import org.camino.security.control.PermissionHolders;
import org.camino.security.control.ScopedAccess;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Who changed what, when: the Envers history of a case, its household
 * members and movements, and its programme-area records ({@link CaseHistorySource}).
 */
@Stateless
@Guarded
public class CaseHistory {

    /** One change: which record, which fields, by whom, when. Values are shown decrypted to readers of the case. */
    public record Change(Instant at, String by, String record, String kind, Map<String, String> changedFields) implements Serializable {
        /** The names of the changed fields, not their values: those may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "Change[at=" + at + ", by=" + by + ", record=" + record + ", kind=" + kind + ", fields="
                    + changedFields.keySet() + "]";
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess caseAccess;

    @Inject
    PermissionHolders users;

    @Inject
    @Any
    Instance<CaseHistorySource> areaSources;

    @ScopedAccess("case:read on the case")
    public List<Change> of(String number) {
        CaseFile caseFile = caseAccess.load(number, "read");
        AuditReader reader = AuditReaderFactory.get(em);
        Map<Long, String> names = new HashMap<>();
        List<Change> changes = new ArrayList<>(changes(reader, CaseFile.class, caseFile.getId(), "case " + caseFile.getNumber(),
                c -> caseFields(c, names)));
        for (HouseholdMember member : caseFile.getHousehold().getMembers()) {
            Person person = member.getPerson();
            changes.addAll(changes(reader, Person.class, person.getId(), "person " + member.getRelationship().toLowerCase(),
                    CaseHistory::personFields));
        }
        for (Movement movement : em.createQuery("select m from Movement m where m.caseFile = :c", Movement.class)
                .setParameter("c", caseFile).getResultList()) {
            changes.addAll(changes(reader, Movement.class, movement.getId(), "movement " + movement.getId(),
                    CaseHistory::movementFields));
        }
        for (Long document : em.createQuery("select d.id from DocumentRecord d where d.caseFile = :c", Long.class)
                .setParameter("c", caseFile).getResultList()) {
            changes.addAll(changes(reader, DocumentRecord.class, document, "document " + document,
                    CaseHistory::documentFields));
        }
        for (CaseHistorySource source : areaSources) {
            for (CaseHistorySource.Audited<?> audited : source.audited(caseFile)) {
                changes.addAll(changes(reader, audited));
            }
        }
        changes.sort(Comparator.comparing(Change::at).reversed());
        return changes;
    }

    private static <T> List<Change> changes(AuditReader reader, CaseHistorySource.Audited<T> audited) {
        return changes(reader, audited.type(), audited.id(), audited.label(), audited.fields());
    }

    private static <T> List<Change> changes(AuditReader reader, Class<T> type, long id, String record,
                                            Function<T, Map<String, Object>> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<Change> changes = new ArrayList<>();
        Map<String, Object> before = Map.of();
        for (Object[] revision : revisions) {
            @SuppressWarnings("unchecked")
            T state = (T) revision[0];
            CaminoRevision info = (CaminoRevision) revision[1];
            RevisionType kind = (RevisionType) revision[2];
            Map<String, Object> after = kind == RevisionType.DEL ? Map.of() : fields.apply(state);
            Map<String, String> changed = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : after.entrySet()) {
                if (!Objects.equals(field.getValue(), before.get(field.getKey()))) {
                    changed.put(field.getKey(), field.getValue() == null ? "" : field.getValue().toString());
                }
            }
            if (!changed.isEmpty() || kind != RevisionType.MOD) {
                changes.add(new Change(Instant.ofEpochMilli(info.getTimestamp()), info.getUsername(), record,
                        kind.name(), changed));
            }
            before = after;
        }
        return changes;
    }

    /** The case's fields; the assignee by the name people know them by, not their id. */
    private Map<String, Object> caseFields(CaseFile c, Map<Long, String> names) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("status", c.getStatus());
        f.put("pendingStatus", c.getPendingStatus());
        f.put("assignedTo", c.getAssignedTo() == null ? null : names.computeIfAbsent(c.getAssignedTo(), this::displayName));
        f.put("closedOn", c.getClosedOn());
        f.put("closureReason", c.getClosureReason());
        f.put("consentPurpose", c.getConsentPurpose());
        f.put("consentDate", c.getConsentDate());
        f.put("consentWithdrawnOn", c.getConsentWithdrawnOn());
        return f;
    }

    private String displayName(long userId) {
        PermissionHolders.Holder user = users.users(List.of(userId)).get(userId);
        return user == null ? "#" + userId : user.displayName();
    }

    /**
     * A stored value of the history that fails its integrity check shows as its incident reference
     * ("unreadable INC-…"), so that one damaged value does not hide the rest of the history.
     */
    private static Object readable(Supplier<?> getter) {
        try {
            return getter.get();
        } catch (UnreadableDataException e) {
            return "unreadable " + (e.incidentReference() == null ? "" : e.incidentReference());
        }
    }

    private static Map<String, Object> documentFields(DocumentRecord d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("documentType", d.getDocumentType());
        f.put("documentNumber", readable(() -> d.getDocumentNumber()));
        f.put("issuingCountry", d.getIssuingCountry());
        f.put("issuedOn", d.getIssuedOn());
        f.put("expiresOn", d.getExpiresOn());
        f.put("remarks", readable(() -> d.getRemarks()));
        f.put("invalidatedOn", d.getInvalidatedOn());
        return f;
    }

    private static Map<String, Object> personFields(Person p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("givenName", readable(() -> p.getGivenName()));
        f.put("familyName", readable(() -> p.getFamilyName()));
        f.put("dateOfBirth", readable(() -> p.getDateOfBirth()));
        f.put("birthYear", p.getBirthYear());
        f.put("sex", p.getSex());
        f.put("nationality", p.getNationality());
        f.put("documentType", p.getDocumentType());
        f.put("documentNumber", readable(() -> p.getDocumentNumber()));
        f.put("phone", readable(() -> p.getPhone()));
        f.put("email", readable(() -> p.getEmail()));
        f.put("address", readable(() -> p.getAddress()));
        return f;
    }

    private static Map<String, Object> movementFields(Movement m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("originCountry", m.getOriginCountry());
        f.put("destinationCountry", m.getDestinationCountry());
        f.put("plannedDeparture", m.getPlannedDeparture());
        f.put("actualDeparture", m.getActualDeparture());
        f.put("plannedArrival", m.getPlannedArrival());
        f.put("actualArrival", m.getActualArrival());
        f.put("transportMeans", m.getTransportMeans());
        f.put("escort", m.getEscort());
        f.put("status", m.getStatus());
        return f;
    }
}
