package org.camino.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.StatusChange;
import org.camino.crypto.Pseudonyms;
import org.camino.platform.statistics.AgeBand;
import org.camino.platform.statistics.HouseholdSizeBand;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.platform.statistics.StatisticalRecord;
import org.camino.platform.statistics.StatisticalRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Announces what statistics count: builds the statistical record of a case
 * event from clear coded values only (sex, birth year, nationality, codes,
 * dates reduced to a month) and fires it as a CDI event, which the
 * repository observes in the same transaction. Never reads an encrypted
 * field; case and person leave only as pseudonyms of their row ids.
 * <p>
 * The programme areas announce their parts through {@link #part}.
 */
@ApplicationScoped
public class CaseStatistics {

    @Inject
    Event<StatisticalRecord> records;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    Event<StatisticalRecords> chunks;

    @Inject
    StatisticalDerivation derivation;

    /**
     * Every statistical record of these cases, announced again at once (a
     * chunk of the initial load or rebuild): the same record ids as when each
     * event happened, so HQ replaces rather than adds. Read with a few
     * set-based queries ({@link StatisticalDerivation}) and announced as one
     * {@link StatisticalRecords} event, which the repository writes with one
     * statement per table.
     */
    public void announceAll(List<Long> caseIds) {
        List<StatisticalRecord> derived = derivation.derive(caseIds, pseudonyms);
        if (!derived.isEmpty()) {
            chunks.fire(new StatisticalRecords(derived));
        }
    }

    /** The case was registered, or its household or principal changed (a new version of the same record). */
    public void registered(CaseFile caseFile) {
        records.fire(registration(caseFile, pseudonyms));
    }

    /** A workflow step took effect; the initial status is part of the registration. */
    public void statusChanged(CaseFile caseFile, StatusChange change) {
        if (change.getFromStatus() != null) {
            records.fire(statusChange(caseFile, change, pseudonyms));
        }
    }

    /** A movement was recorded or corrected. */
    public void movement(Movement movement) {
        records.fire(movement(movement, pseudonyms));
    }

    /**
     * A programme part was recorded or corrected (a new version of the same
     * record): its kind and row id make the record id; the month (today if
     * the part has no date yet), the programme code and the country (receiving
     * country of a health assessment, country of a trafficking event, as
     * {@code destinationCountry}) are the part's.
     */
    public void part(CaseFile caseFile, StatisticalEventType type, String kind, long rowId, LocalDate on,
                     String programmeCode, String country) {
        records.fire(part(caseFile, type, kind, rowId, on, programmeCode, country, pseudonyms));
    }

    static StatisticalRecord part(CaseFile caseFile, StatisticalEventType type, String kind, long rowId, LocalDate on,
                                  String programmeCode, String country, Pseudonyms pseudonyms) {
        return part(StatisticalCase.of(caseFile, pseudonyms), type, kind, rowId, on, programmeCode, country, pseudonyms);
    }

    static StatisticalRecord part(StatisticalCase statisticalCase, StatisticalEventType type, String kind, long rowId,
                                  LocalDate on, String programmeCode, String country, Pseudonyms pseudonyms) {
        YearMonth month = YearMonth.from(on == null ? LocalDate.now(ZoneOffset.UTC) : on);
        return base(statisticalCase, type, kind + ":" + rowId, month, pseudonyms, programmeCode, null, null, null, country);
    }

    /**
     * The case is gone from statistics (deleted, or its consent withdrawn):
     * a tombstone that makes HQ remove every record of the case. A consent
     * withdrawal ({@code retention.boundary.ConsentWithdrawals}) calls this in
     * its transaction; the retention purge does not (statistics stay).
     */
    public void erased(CaseFile caseFile) {
        records.fire(tombstone(caseFile, pseudonyms));
    }

    static StatisticalRecord tombstone(CaseFile caseFile, Pseudonyms pseudonyms) {
        String mission = caseFile.getMission().getCode();
        return new StatisticalRecord(pseudonyms.of(mission, "record:tombstone:" + caseFile.getId()), 0, mission,
                caseFile.getCaseType().name(), StatisticalEventType.TOMBSTONE, YearMonth.now(ZoneOffset.UTC),
                pseudonyms.of(mission, "case", caseFile.getId()), null, null, null, null, null, null, null, null, null,
                null, true);
    }

    static StatisticalRecord registration(CaseFile caseFile, Pseudonyms pseudonyms) {
        return registration(StatisticalCase.of(caseFile, pseudonyms), pseudonyms);
    }

    static StatisticalRecord registration(StatisticalCase statisticalCase, Pseudonyms pseudonyms) {
        YearMonth month = YearMonth.from(statisticalCase.openedOn());
        return base(statisticalCase, StatisticalEventType.REGISTRATION, "registration:" + statisticalCase.id(), month,
                pseudonyms, null, Workflows.of(statisticalCase.caseType()).initial(), null, null, null);
    }

    static StatisticalRecord statusChange(CaseFile caseFile, StatusChange change, Pseudonyms pseudonyms) {
        return statusChange(StatisticalCase.of(caseFile, pseudonyms), change.getId(), change.getToStatus(),
                change.getChangedAt(), pseudonyms);
    }

    static StatisticalRecord statusChange(StatisticalCase statisticalCase, long changeId, String toStatus,
                                          Instant changedAt, Pseudonyms pseudonyms) {
        YearMonth month = YearMonth.from(changedAt.atZone(ZoneOffset.UTC));
        boolean closing = Workflows.of(statisticalCase.caseType()).isClosed(toStatus);
        return base(statisticalCase, StatisticalEventType.STATUS_CHANGE, "status_change:" + changeId, month, pseudonyms,
                null, toStatus, closing ? statisticalCase.closureReason() : null, null, null);
    }

    static StatisticalRecord movement(Movement movement, Pseudonyms pseudonyms) {
        return movement(StatisticalCase.of(movement.getCaseFile(), pseudonyms), movement.getId(),
                movement.getActualDeparture(), movement.getPlannedDeparture(), movement.getStatus(),
                movement.getOriginCountry(), movement.getDestinationCountry(), pseudonyms);
    }

    static StatisticalRecord movement(StatisticalCase statisticalCase, long movementId, LocalDate actualDeparture,
                                      LocalDate plannedDeparture, String status, String origin, String destination,
                                      Pseudonyms pseudonyms) {
        LocalDate on = actualDeparture != null ? actualDeparture
                : plannedDeparture != null ? plannedDeparture : LocalDate.now(ZoneOffset.UTC);
        return base(statisticalCase, StatisticalEventType.MOVEMENT, "movement:" + movementId, YearMonth.from(on),
                pseudonyms, status, null, null, origin, destination);
    }

    private static StatisticalRecord base(StatisticalCase c, StatisticalEventType type, String row, YearMonth month,
                                          Pseudonyms pseudonyms, String programmeCode, String status, String reason,
                                          String origin, String destination) {
        return new StatisticalRecord(pseudonyms.of(c.mission(), "record:" + row), 0, c.mission(), c.caseType().name(),
                type, month, c.casePseudonym(), c.personPseudonym(), c.sex(),
                c.principalKnown() ? AgeBand.at(c.birthYear(), month) : AgeBand.UNKNOWN, c.nationality(), origin,
                destination, status, reason, programmeCode, HouseholdSizeBand.of(c.householdSize()), false);
    }
}
