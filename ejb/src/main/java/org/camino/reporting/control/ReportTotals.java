package org.camino.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The totals the mission reports read (V34: {@code stat_total}, {@code case_total}, {@code case_milestone_total},
 * kept by triggers that only insert each write's changes). Compacting replaces each cell's rows by their sum, so
 * the reports read about one row per cell again; the figures are the same before and after.
 */
@ApplicationScoped
public class ReportTotals {

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    public ReportTotals() {
    }

    /** On a plain data source (tests). */
    public ReportTotals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Compacts the totals in one transaction; false if another server was compacting them. */
    public boolean compact() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select compact_report_totals()")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The report totals could not be compacted", e);
        }
    }
}
