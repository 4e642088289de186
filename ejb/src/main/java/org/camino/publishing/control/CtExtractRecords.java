package org.camino.publishing.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads the victims of counter-trafficking cases from HQ's central data
 * repository ({@code cdr_record}), one row per case: the principal of every
 * case (case type CTA) whose REGISTRATION record falls in the period, in the
 * missions asked for (all if none).
 * <ul>
 * <li>Year of registration, gender (SEX), age band and citizenship: from the
 * REGISTRATION record, i.e. as they were when the case was registered.</li>
 * <li>Country of exploitation: the country of the case's earliest
 * TRAFFICKING_EVENT of type {@code Exploitation} that has a country (earliest
 * month, then record id); {@code _U} if there is none. Recruitment and transit
 * events are not used: their country is where someone was recruited or moved
 * through, not where they were exploited (CTDC leaves the field empty too).</li>
 * <li>Support types and trafficking stages: the sets of SUPPORT_ITEM and
 * TRAFFICKING_EVENT codes of the case, every month HQ holds (not only the
 * period: the period chooses the victims, not their history).</li>
 * </ul>
 * Record schema 1 has neither the type of exploitation (HTCDS
 * vic_TypeOfExploitation) nor the methods of control (vic_MethodsOfControl),
 * CTDC's main sensitive variables, nor the trafficking status
 * (vic_TraffickingStatus: every case's principal is counted, as the
 * trafficking-victims report does); releasing them needs a record schema 2.
 * Until then the sensitive attributes are the support types (whose
 * rehabilitation types hint at sexual or labour exploitation) and the
 * trafficking stages recorded.
 */
public final class CtExtractRecords {

    private static final String CASE_TYPE = "CTA";
    private static final String EXPLOITATION = "Exploitation";

    // One row per victim, then that victim's events and support items (none: one row with nulls), in case order.
    private static final String QUERY = """
            with victim as (
                select distinct on (case_pseudonym) mission, case_pseudonym, event_month, sex, age_band, nationality
                from cdr_record
                where case_type = ? and event_type = 'REGISTRATION' and event_month between ? and ?
                  and (cardinality(?::varchar[]) = 0 or mission = any(?::varchar[]))
                order by case_pseudonym, event_month, record_id
            )
            select v.case_pseudonym, v.event_month, v.sex, v.age_band, v.nationality,
                   r.event_type, r.programme_code, r.destination_country
            from victim v
            left join cdr_record r on r.case_pseudonym = v.case_pseudonym and r.mission = v.mission
                  and r.case_type = ? and r.event_type in ('TRAFFICKING_EVENT', 'SUPPORT_ITEM')
            order by v.case_pseudonym, r.event_month, r.record_id
            """;

    private final Connection connection;

    public CtExtractRecords(Connection connection) {
        this.connection = Objects.requireNonNull(connection);
    }

    /**
     * The victims registered from {@code from} to {@code to} (months included)
     * in these missions (empty: every mission), ordered by case pseudonym.
     */
    public List<CtVictim> victims(YearMonth from, YearMonth to, List<String> missions) throws SQLException {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period from " + from + " to " + to + " is empty");
        }
        List<CtVictim> victims = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(QUERY)) {
            String[] missionCodes = missions.toArray(String[]::new);
            s.setString(1, CASE_TYPE);
            s.setDate(2, Date.valueOf(from.atDay(1)));
            s.setDate(3, Date.valueOf(to.atDay(1)));
            s.setArray(4, connection.createArrayOf("varchar", missionCodes));
            s.setArray(5, connection.createArrayOf("varchar", missionCodes));
            s.setString(6, CASE_TYPE);
            try (ResultSet rs = s.executeQuery()) {
                Victim current = null;
                while (rs.next()) {
                    String casePseudonym = rs.getString(1);
                    if (current == null || !current.casePseudonym.equals(casePseudonym)) {
                        if (current != null) {
                            victims.add(current.row());
                        }
                        current = new Victim(casePseudonym, rs.getDate(2).toLocalDate().getYear(), rs.getString(3),
                                rs.getString(4), rs.getString(5));
                    }
                    current.add(rs.getString(6), rs.getString(7), rs.getString(8));
                }
                if (current != null) {
                    victims.add(current.row());
                }
            }
        }
        return victims;
    }

    /** A victim being read: registration, then events and support items in month order. */
    private static final class Victim {
        final String casePseudonym;
        final int year;
        final String sex;
        final String ageBand;
        final String nationality;
        String countryOfExploitation;
        final SortedSet<String> supportTypes = new TreeSet<>();
        final SortedSet<String> stages = new TreeSet<>();

        Victim(String casePseudonym, int year, String sex, String ageBand, String nationality) {
            this.casePseudonym = casePseudonym;
            this.year = year;
            this.sex = sex;
            this.ageBand = ageBand;
            this.nationality = nationality;
        }

        void add(String eventType, String code, String country) {
            if (eventType == null || code == null) {
                return; // the left join's row of a victim without events, or a record without its code
            }
            if (eventType.equals("SUPPORT_ITEM")) {
                supportTypes.add(code);
                return;
            }
            stages.add(code);
            if (countryOfExploitation == null && code.equals(EXPLOITATION) && country != null) {
                countryOfExploitation = country;
            }
        }

        CtVictim row() {
            return new CtVictim(year, sex == null ? "UNKNOWN" : sex, ageBand == null ? CtVictim.UNKNOWN : ageBand,
                    nationality == null ? CtVictim.UNKNOWN : nationality,
                    countryOfExploitation == null ? CtVictim.UNKNOWN : countryOfExploitation,
                    joined(supportTypes), joined(stages));
        }

        private static String joined(SortedSet<String> codes) {
            return codes.isEmpty() ? CtVictim.NONE : String.join(";", codes);
        }
    }
}
