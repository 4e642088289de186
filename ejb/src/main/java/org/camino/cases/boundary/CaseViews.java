package org.camino.cases.boundary;

import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseNote;
import org.camino.cases.entity.DocumentRecord;
import org.camino.cases.entity.HouseholdMember;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.Person;
import org.camino.cases.entity.StatusChange;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the boundary hands out: plain records, never entities. */
public final class CaseViews {

    private CaseViews() {
    }

    public record PersonView(long id, long version, String givenName, String familyName, LocalDate dateOfBirth,
                             Integer birthYear, boolean birthDateEstimated, String sex, String nationality,
                             String documentType, String documentNumber, String documentCountry, String phone,
                             String email, String address, List<String> vulnerabilities) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "PersonView[id=" + id + ", version=" + version + "]";
        }

        static PersonView of(Person p, Reading read) {
            long id = p.getId();
            return new PersonView(id, p.getVersion(), read.of(p::getGivenName, "person", id),
                    read.of(p::getFamilyName, "person", id), read.of(p::getDateOfBirth, "person", id),
                    p.getBirthYear(), p.isBirthDateEstimated(), p.getSex(), p.getNationality(), p.getDocumentType(),
                    read.of(p::getDocumentNumber, "person", id), p.getDocumentCountry(), read.of(p::getPhone, "person", id),
                    read.of(p::getEmail, "person", id), read.of(p::getAddress, "person", id),
                    List.copyOf(p.getVulnerabilities()));
        }
    }

    public record MemberView(PersonView person, String relationship, boolean principal) implements Serializable {
        static MemberView of(HouseholdMember m, Reading read) {
            return new MemberView(PersonView.of(m.getPerson(), read), m.getRelationship(), m.isPrincipal());
        }
    }

    public record MovementView(long id, long version, String originCountry, String originPlace, String transitCountry,
                               String destinationCountry, String destinationPlace, LocalDate plannedDeparture,
                               LocalDate actualDeparture, LocalDate plannedArrival, LocalDate actualArrival,
                               String transportMeans, String escort, String status) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "MovementView[id=" + id + ", version=" + version + ", originCountry=" + originCountry + ", destinationCountry=" + destinationCountry + ", status=" + status + "]";
        }

        static MovementView of(Movement m, Reading read) {
            long id = m.getId();
            return new MovementView(id, m.getVersion(), m.getOriginCountry(), read.of(m::getOriginPlace, "movement", id),
                    m.getTransitCountry(), m.getDestinationCountry(), read.of(m::getDestinationPlace, "movement", id),
                    m.getPlannedDeparture(),
                    m.getActualDeparture(), m.getPlannedArrival(), m.getActualArrival(), m.getTransportMeans(),
                    m.getEscort(), m.getStatus());
        }
    }

    public record NoteView(long id, String author, Instant createdAt, String text) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "NoteView[id=" + id + ", author=" + author + "]";
        }

        static NoteView of(CaseNote n, Reading read) {
            return new NoteView(n.getId(), n.getAuthor(), n.getCreatedAt(), read.of(n::getText, "note", n.getId()));
        }
    }

    public record StatusChangeView(String from, String to, Instant at, String by, String reason, String approvedBy) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "StatusChangeView[from=" + from + ", to=" + to + ", by=" + by + "]";
        }

        static StatusChangeView of(StatusChange s, Reading read) {
            return new StatusChangeView(s.getFromStatus(), s.getToStatus(), s.getChangedAt(), s.getChangedBy(),
                    read.of(s::getReason, "statusChange", s.getId()), s.getApprovedBy());
        }
    }

    public record CaseView(String number, long version, String type, String mission, String status,
                           String pendingStatus, LocalDate openedOn, LocalDate closedOn, String closureReason,
                           String closureNote, String consentPurpose, LocalDate consentDate,
                           LocalDate consentWithdrawnOn, Long assignedTo, String assignee, String assigneeName,
                           Instant updatedAt, String updatedBy,
                           List<MemberView> household, List<MovementView> movements, List<NoteView> notes,
                           List<StatusChangeView> statusHistory, List<String> allowedTransitions,
                           List<DamagedField> damagedFields, PurgeMark purged) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "CaseView[number=" + number + ", version=" + version + ", type=" + type + ", mission=" + mission + ", status=" + status + "]";
        }

        /** The case with what was read through {@code read}: its damaged fields are listed last. */
        static CaseView of(CaseFile c, Assignee assignee, List<MovementView> movements, List<NoteView> notes,
                           List<StatusChangeView> history, List<String> allowed, PurgeMark purged, Reading read) {
            String closureNote = read.of(c::getClosureNote, "case", c.getId());
            List<MemberView> household = c.getHousehold().getMembers().stream().map(m -> MemberView.of(m, read)).toList();
            return new CaseView(c.getNumber(), c.getVersion(), c.getCaseType().name(), c.getMission().getCode(),
                    c.getStatus(), c.getPendingStatus(), c.getOpenedOn(), c.getClosedOn(), c.getClosureReason(),
                    closureNote, c.getConsentPurpose(), c.getConsentDate(), c.getConsentWithdrawnOn(),
                    c.getAssignedTo(), assignee == null ? null : assignee.username(),
                    assignee == null ? null : assignee.displayName(), c.getUpdatedAt(), c.getUpdatedBy(),
                    household, movements, notes, history, allowed, read.damaged(), purged);
        }
    }

    /**
     * The case's personal data was deleted: {@code reason} RETENTION or CONSENT_WITHDRAWN, with the withdrawal's
     * coded reason; what is left is the tombstone (number, type, mission, status, dates, codes). Null otherwise.
     */
    public record PurgeMark(String reason, String withdrawalReason, Instant purgedAt) implements Serializable {
    }

    /**
     * A stored value that failed its integrity check, shown as missing: which field ({@code person.given_name}),
     * of what ({@code person}, {@code movement}, {@code note}, {@code statusChange}, {@code case}) and which one
     * (its id), and the reference of its integrity incident (null if it could not be recorded).
     */
    public record DamagedField(String field, String owner, long ownerId, String incident) implements Serializable {
    }

    /** A user a case is or may be assigned to: the user name (what the API takes) and the name people read. */
    public record Assignee(String username, String displayName) implements Serializable {
    }

    /** A document record of a person of the case; {@code valid} is false once it was marked invalid. */
    public record DocumentView(long id, long version, long personId, String personName, String documentType,
                               String documentNumber, String issuingCountry, LocalDate issuedOn, LocalDate expiresOn,
                               String remarks, boolean valid, LocalDate invalidatedOn, String recordedBy) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "DocumentView[id=" + id + ", version=" + version + ", personId=" + personId + ", documentType=" + documentType + "]";
        }

        /** A damaged value shows as missing (its incident is recorded; the case view names it). */
        static DocumentView of(DocumentRecord d) {
            Reading read = new Reading();
            long id = d.getId();
            return new DocumentView(id, d.getVersion(), d.getPerson().getId(), Reading.name(d.getPerson()::fullName).name(),
                    d.getDocumentType(), read.of(d::getDocumentNumber, "document", id), d.getIssuingCountry(),
                    d.getIssuedOn(), d.getExpiresOn(), read.of(d::getRemarks, "document", id), d.getInvalidatedOn() == null,
                    d.getInvalidatedOn(), d.getRecordedBy());
        }
    }

    /**
     * A row of a case list: clear columns plus the principal's name. If the name cannot be read (its stored
     * value failed its integrity check), {@code principalName} is null and {@code unreadable} holds the
     * reference of the integrity incident; the rest of the row, and the list, are as usual.
     */
    public record CaseRow(String number, String type, String mission, String status, String pendingStatus,
                          LocalDate openedOn, String principalName, Integer principalBirthYear, String principalSex,
                          String unreadable, String matched) implements Serializable {

        /** A row of a list, not of a search: nothing matched. */
        public CaseRow(String number, String type, String mission, String status, String pendingStatus,
                       LocalDate openedOn, String principalName, Integer principalBirthYear, String principalSex,
                       String unreadable) {
            this(number, type, mission, status, pendingStatus, openedOn, principalName, principalBirthYear, principalSex,
                    unreadable, null);
        }

        public CaseRow matching(String how) {
            return new CaseRow(number, type, mission, status, pendingStatus, openedOn, principalName, principalBirthYear,
                    principalSex, unreadable, how);
        }

        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "CaseRow[number=" + number + ", type=" + type + ", mission=" + mission + ", status=" + status + "]";
        }
    }

    /** A movement due soon, for the dashboard: which case, when, from where to where ({@code unreadable}: as in CaseRow). */
    public record DueMovement(String caseNumber, String caseType, String principalName, LocalDate plannedDeparture,
                              String originCountry, String destinationCountry, String status, String unreadable) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "DueMovement[caseNumber=" + caseNumber + ", caseType=" + caseType + ", status=" + status + "]";
        }
    }

    /** The latest change to a case, for the dashboard ({@code unreadable}: as in CaseRow). */
    public record RecentChange(String caseNumber, String caseType, String status, String principalName,
                               Instant at, String by, String unreadable) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "RecentChange[caseNumber=" + caseNumber + ", caseType=" + caseType + ", status=" + status + ", by=" + by + "]";
        }
    }

    /**
     * One page of a list. {@code total} is exact up to
     * {@link org.camino.cases.boundary.CaseQueries#EXACT_TOTAL_UP_TO}; above that it is PostgreSQL's
     * estimate and {@code totalIsEstimate} is true (counting a million rows exactly costs more than the page).
     */
    public record Page<T>(List<T> rows, long total, int offset, int limit, boolean totalIsEstimate) implements Serializable {
        public Page(List<T> rows, long total, int offset, int limit) {
            this(rows, total, offset, limit, false);
        }
    }

    /** A person who may be the one being registered: where they are known, and why we think so. */
    public record PossibleDuplicate(String caseNumber, String caseType, String mission, String name, Integer birthYear,
                                    String matchedOn, String unreadable) implements Serializable {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "PossibleDuplicate[caseNumber=" + caseNumber + ", caseType=" + caseType + ", mission=" + mission + ", matchedOn=" + matchedOn + "]";
        }
    }
}
