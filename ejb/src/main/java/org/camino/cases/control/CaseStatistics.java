package org.camino.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.Movement;
import org.camino.cases.entity.Person;
import org.camino.cases.entity.StatusChange;
import org.camino.crypto.Pseudonyms;
import org.camino.platform.statistics.AgeBand;
import org.camino.platform.statistics.HouseholdSizeBand;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.platform.statistics.StatisticalRecord;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

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
    Instance<StatisticalParts> programmeAreas;

    @PersistenceContext
    EntityManager em;

    /**
     * Every statistical record of the case, announced again (initial load,
     * rebuild): the same record ids, so HQ replaces rather than adds.
     */
    public void announceAll(CaseFile caseFile) {
        registered(caseFile);
        em.createQuery("select s from StatusChange s where s.caseFile = :c order by s.id", StatusChange.class)
                .setParameter("c", caseFile).getResultStream().forEach(change -> statusChanged(caseFile, change));
        em.createQuery("select m from Movement m where m.caseFile = :c order by m.id", Movement.class)
                .setParameter("c", caseFile).getResultStream().forEach(this::movement);
        for (StatisticalParts area : programmeAreas) {
            area.announceAll(caseFile, this);
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
        YearMonth month = YearMonth.from(on == null ? LocalDate.now(ZoneOffset.UTC) : on);
        return base(caseFile, type, kind + ":" + rowId, month, pseudonyms, programmeCode, null, null, null, country);
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
        YearMonth month = YearMonth.from(caseFile.getOpenedOn());
        return base(caseFile, StatisticalEventType.REGISTRATION, "registration:" + caseFile.getId(), month, pseudonyms,
                null, Workflows.of(caseFile.getCaseType()).initial(), null, null, null);
    }

    static StatisticalRecord statusChange(CaseFile caseFile, StatusChange change, Pseudonyms pseudonyms) {
        YearMonth month = YearMonth.from(change.getChangedAt().atZone(ZoneOffset.UTC));
        boolean closing = Workflows.of(caseFile.getCaseType()).isClosed(change.getToStatus());
        return base(caseFile, StatisticalEventType.STATUS_CHANGE, "status_change:" + change.getId(), month, pseudonyms,
                null, change.getToStatus(), closing ? caseFile.getClosureReason() : null, null, null);
    }

    static StatisticalRecord movement(Movement movement, Pseudonyms pseudonyms) {
        LocalDate on = movement.getActualDeparture() != null ? movement.getActualDeparture()
                : movement.getPlannedDeparture() != null ? movement.getPlannedDeparture() : LocalDate.now(ZoneOffset.UTC);
        return base(movement.getCaseFile(), StatisticalEventType.MOVEMENT, "movement:" + movement.getId(),
                YearMonth.from(on), pseudonyms, movement.getStatus(), null, null, movement.getOriginCountry(),
                movement.getDestinationCountry());
    }

    private static StatisticalRecord base(CaseFile caseFile, StatisticalEventType type, String row, YearMonth month,
                                          Pseudonyms pseudonyms, String programmeCode, String status, String reason,
                                          String origin, String destination) {
        String mission = caseFile.getMission().getCode();
        Person principal = caseFile.getPrincipal();
        int householdSize = caseFile.getHousehold() == null ? 0 : caseFile.getHousehold().getMembers().size();
        return new StatisticalRecord(pseudonyms.of(mission, "record:" + row), 0, mission,
                caseFile.getCaseType().name(), type, month, pseudonyms.of(mission, "case", caseFile.getId()),
                principal == null || principal.getId() == null ? null : pseudonyms.of(mission, "person", principal.getId()),
                principal == null ? null : principal.getSex(),
                principal == null ? AgeBand.UNKNOWN : AgeBand.at(principal.getBirthYear(), month),
                principal == null ? null : principal.getNationality(), origin, destination, status, reason,
                programmeCode, HouseholdSizeBand.of(householdSize), false);
    }
}
