package org.camino.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.cases.boundary.CaseViews.DueMovement;
import org.camino.cases.boundary.CaseViews.RecentChange;
import org.camino.cases.control.CaseScope;
import org.camino.cases.entity.Person;
import org.camino.platform.control.SqlValues;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;

/**
 * What a caseworker's dashboard shows: their open cases, movements due, and
 * the latest changes, always inside the caller's scope and always a bounded
 * number of rows (the indexes of V5_1 keep these lookups off a full scan).
 */
@ApplicationScoped
public class CaseAgenda {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseQueries queries;

    /** Open cases assigned to the user or registered by them (the first status change is the registration). */
    public List<CaseRow> mine(CaseScope.Scope scope, long userId, String username, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.number, c.case_type, m.code, c.status, c.pending_status, c.opened_on, c.principal_id
                          from case_file c join mission m on m.id = c.mission_id
                         where c.closed_on is null
                           and (c.assigned_to = ?1 or c.id in (select s.case_id from case_status_change s
                                                               where s.from_status is null and s.changed_by = ?2))
                           and %s
                         order by c.updated_at desc, c.id desc
                         limit %d""".formatted(scope.sql("c"), limit))
                .setParameter(1, userId).setParameter(2, username).getResultList();
        return queries.rows(rows);
    }

    /** Planned or booked movements leaving between the two dates (inclusive). */
    public List<DueMovement> departures(CaseScope.Scope scope, LocalDate from, LocalDate to, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.number, c.case_type, c.principal_id, mv.planned_departure, mv.origin_country,
                               mv.destination_country, mv.status
                          from movement mv join case_file c on c.id = mv.case_id
                         where mv.planned_departure between ?1 and ?2 and mv.status in ('PLANNED', 'BOOKED')
                           and c.closed_on is null and %s
                         order by mv.planned_departure, c.number
                         limit %d""".formatted(scope.sql("c"), limit))
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<Long, Person> people = queries.people(rows.stream().map(r -> ((Number) r[2]).longValue()).toList());
        return rows.stream().map(r -> {
            Reading.NameOrIncident name = Reading.name(people.get(((Number) r[2]).longValue())::fullName);
            return new DueMovement((String) r[0], (String) r[1], name.name(), toDate(r[3]), (String) r[4],
                    (String) r[5], (String) r[6], name.incident());
        }).toList();
    }

    /** The cases changed last, newest first. */
    public List<RecentChange> recentlyChanged(CaseScope.Scope scope, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.number, c.case_type, c.status, c.principal_id, c.updated_at, c.updated_by
                          from case_file c
                         where %s
                         order by c.updated_at desc, c.id desc
                         limit %d""".formatted(scope.sql("c"), limit)).getResultList();
        Map<Long, Person> people = queries.people(rows.stream().map(r -> ((Number) r[3]).longValue()).toList());
        return rows.stream().map(r -> {
            Reading.NameOrIncident name = Reading.name(people.get(((Number) r[3]).longValue())::fullName);
            return new RecentChange((String) r[0], (String) r[1], (String) r[2], name.name(), SqlValues.instant(r[4]),
                    (String) r[5], name.incident());
        }).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

}
