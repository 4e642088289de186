package org.camino.cases.boundary;

import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseNote;
import org.camino.cases.entity.DocumentRecord;
import org.camino.cases.entity.HouseholdMember;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.Person;
import org.camino.cases.entity.StatusChange;

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
                             String email, String address, List<String> vulnerabilities) {
        static PersonView of(Person p) {
            return new PersonView(p.getId(), p.getVersion(), p.getGivenName(), p.getFamilyName(), p.getDateOfBirth(),
                    p.getBirthYear(), p.isBirthDateEstimated(), p.getSex(), p.getNationality(), p.getDocumentType(),
                    p.getDocumentNumber(), p.getDocumentCountry(), p.getPhone(), p.getEmail(), p.getAddress(),
                    List.copyOf(p.getVulnerabilities()));
        }
    }

    public record MemberView(PersonView person, String relationship, boolean principal) {
        static MemberView of(HouseholdMember m) {
            return new MemberView(PersonView.of(m.getPerson()), m.getRelationship(), m.isPrincipal());
        }
    }

    public record MovementView(long id, long version, String originCountry, String originPlace, String transitCountry,
                               String destinationCountry, String destinationPlace, LocalDate plannedDeparture,
                               LocalDate actualDeparture, LocalDate plannedArrival, LocalDate actualArrival,
                               String transportMeans, String escort, String status) {
        static MovementView of(Movement m) {
            return new MovementView(m.getId(), m.getVersion(), m.getOriginCountry(), m.getOriginPlace(),
                    m.getTransitCountry(), m.getDestinationCountry(), m.getDestinationPlace(), m.getPlannedDeparture(),
                    m.getActualDeparture(), m.getPlannedArrival(), m.getActualArrival(), m.getTransportMeans(),
                    m.getEscort(), m.getStatus());
        }
    }

    public record NoteView(long id, String author, Instant createdAt, String text) {
        static NoteView of(CaseNote n) {
            return new NoteView(n.getId(), n.getAuthor(), n.getCreatedAt(), n.getText());
        }
    }

    public record StatusChangeView(String from, String to, Instant at, String by, String reason, String approvedBy) {
        static StatusChangeView of(StatusChange s) {
            return new StatusChangeView(s.getFromStatus(), s.getToStatus(), s.getChangedAt(), s.getChangedBy(),
                    s.getReason(), s.getApprovedBy());
        }
    }

    public record CaseView(String number, long version, String type, String mission, String status,
                           String pendingStatus, LocalDate openedOn, LocalDate closedOn, String closureReason,
                           String closureNote, String consentPurpose, LocalDate consentDate,
                           LocalDate consentWithdrawnOn, Long assignedTo, String assignee, String assigneeName,
                           Instant updatedAt, String updatedBy,
                           List<MemberView> household, List<MovementView> movements, List<NoteView> notes,
                           List<StatusChangeView> statusHistory, List<String> allowedTransitions) {
        static CaseView of(CaseFile c, Assignee assignee, List<MovementView> movements, List<NoteView> notes,
                           List<StatusChangeView> history, List<String> allowed) {
            return new CaseView(c.getNumber(), c.getVersion(), c.getCaseType().name(), c.getMission().getCode(),
                    c.getStatus(), c.getPendingStatus(), c.getOpenedOn(), c.getClosedOn(), c.getClosureReason(),
                    c.getClosureNote(), c.getConsentPurpose(), c.getConsentDate(), c.getConsentWithdrawnOn(),
                    c.getAssignedTo(), assignee == null ? null : assignee.username(),
                    assignee == null ? null : assignee.displayName(), c.getUpdatedAt(), c.getUpdatedBy(),
                    c.getHousehold().getMembers().stream().map(MemberView::of).toList(), movements, notes, history,
                    allowed);
        }
    }

    /** A user a case is or may be assigned to: the user name (what the API takes) and the name people read. */
    public record Assignee(String username, String displayName) {
    }

    /** A document record of a person of the case; {@code valid} is false once it was marked invalid. */
    public record DocumentView(long id, long version, long personId, String personName, String documentType,
                               String documentNumber, String issuingCountry, LocalDate issuedOn, LocalDate expiresOn,
                               String remarks, boolean valid, LocalDate invalidatedOn, String recordedBy) {
        static DocumentView of(DocumentRecord d) {
            return new DocumentView(d.getId(), d.getVersion(), d.getPerson().getId(), d.getPerson().fullName(),
                    d.getDocumentType(), d.getDocumentNumber(), d.getIssuingCountry(), d.getIssuedOn(), d.getExpiresOn(),
                    d.getRemarks(), d.getInvalidatedOn() == null, d.getInvalidatedOn(), d.getRecordedBy());
        }
    }

    /** A row of a case list: clear columns plus the principal's name. */
    public record CaseRow(String number, String type, String mission, String status, String pendingStatus,
                          LocalDate openedOn, String principalName, Integer principalBirthYear, String principalSex,
                          String matched) {

        /** A row of a list, not of a search: nothing matched. */
        public CaseRow(String number, String type, String mission, String status, String pendingStatus,
                       LocalDate openedOn, String principalName, Integer principalBirthYear, String principalSex) {
            this(number, type, mission, status, pendingStatus, openedOn, principalName, principalBirthYear, principalSex, null);
        }

        public CaseRow matching(String how) {
            return new CaseRow(number, type, mission, status, pendingStatus, openedOn, principalName, principalBirthYear,
                    principalSex, how);
        }
    }

    /** A movement due soon, for the dashboard: which case, when, from where to where. */
    public record DueMovement(String caseNumber, String caseType, String principalName, LocalDate plannedDeparture,
                              String originCountry, String destinationCountry, String status) {
    }

    /** The latest change to a case, for the dashboard. */
    public record RecentChange(String caseNumber, String caseType, String status, String principalName,
                               Instant at, String by) {
    }

    /**
     * One page of a list. {@code total} is exact up to
     * {@link org.camino.cases.boundary.CaseQueries#EXACT_TOTAL_UP_TO}; above that it is PostgreSQL's
     * estimate and {@code totalIsEstimate} is true (counting a million rows exactly costs more than the page).
     */
    public record Page<T>(List<T> rows, long total, int offset, int limit, boolean totalIsEstimate) {
        public Page(List<T> rows, long total, int offset, int limit) {
            this(rows, total, offset, limit, false);
        }
    }

    /** A person who may be the one being registered: where they are known, and why we think so. */
    public record PossibleDuplicate(String caseNumber, String caseType, String mission, String name, Integer birthYear,
                                    String matchedOn) {
    }
}
