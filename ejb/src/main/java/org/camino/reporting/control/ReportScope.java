package org.camino.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.security.control.AccessControl;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whose figures the caller may see. On a server that holds cases, a holder of
 * {@code report:run:<mission>} reports on those missions from the mission's
 * own records; otherwise, on a server that holds the central data repository,
 * a holder of {@code cdr:read} reports on every mission from HQ's store.
 * Counter-trafficking figures only for the missions where the caller holds
 * {@code case:read:trafficking:<mission>} (nobody at HQ does); the workload per
 * person only where the caller assigns cases ({@code case:reassign}).
 */
@ApplicationScoped
public class ReportScope {

    /** The programme areas whose cases a mission manager assigns ({@code case:reassign}). */
    private static final List<String> ASSIGNED_AREAS = List.of("resettlement", "avrr", "health", "trafficking");

    /**
     * @param store               where statistical records are read
     * @param missions            the missions the caller may report on, sorted
     * @param traffickingMissions those of them whose counter-trafficking figures the caller may see
     * @param assigningMissions   those of them where the caller assigns cases (mission managers): workload per person
     */
    public record Scope(ReportSql.Store store, List<String> missions, List<String> traffickingMissions,
                        List<String> assigningMissions) {

        /** True if the caller may run the report at all (on at least one mission). */
        public boolean offers(ReportDefinition report) {
            if (report.kind() == ReportDefinition.Kind.CASELOAD && store != ReportSql.Store.MISSION) {
                return false;
            }
            return !missionsFor(report).isEmpty();
        }

        /** The missions the report may count. */
        public List<String> missionsFor(ReportDefinition report) {
            return report.trafficking() ? traffickingMissions : report.perStaff() ? assigningMissions : missions;
        }
    }

    @Inject
    AccessControl accessControl;

    @Inject
    Settings settings;

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    /** The caller's scope; refused (and logged) if the caller may run no report. */
    public Scope ofCaller() {
        accessControl.caller();
        if (settings.holdsCases()) {
            List<String> missions = reportingMissions();
            if (!missions.isEmpty()) {
                List<String> trafficking = missions.stream()
                        .filter(m -> accessControl.isPermitted("case:read:trafficking:" + lower(m))).toList();
                List<String> assigning = missions.stream().filter(m -> ASSIGNED_AREAS.stream()
                        .anyMatch(area -> accessControl.isPermitted("case:reassign:" + area + ":" + lower(m)))).toList();
                return new Scope(ReportSql.Store.MISSION, missions, trafficking, assigning);
            }
        }
        if (settings.holdsRepository() && accessControl.isPermitted("cdr:read")) {
            List<String> missions = codes("select code from mission union select unnest(missions) from cdr_batch"
                    + " where outcome = 'ACCEPTED' order by 1");
            List<String> trafficking = missions.stream()
                    .filter(m -> accessControl.isPermitted("case:read:trafficking:" + lower(m))).toList();
            return new Scope(ReportSql.Store.HQ, missions, trafficking, List.of());
        }
        accessControl.deny(accessControl.caller(), "report:run", "reports");
        throw new IllegalStateException("unreachable");
    }

    /** The missions of this server where the caller holds {@code report:run}, sorted (none at HQ alone). */
    public List<String> reportingMissions() {
        if (!settings.holdsCases()) {
            return List.of();
        }
        return codes("select code from mission order by code").stream()
                .filter(m -> accessControl.isPermitted("report:run:" + lower(m))).toList();
    }

    private List<String> codes(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            List<String> codes = new ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lower(String mission) {
        return mission.toLowerCase(Locale.ROOT);
    }
}
