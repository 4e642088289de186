package org.camino.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.security.control.Guarded;
import org.camino.security.control.Public;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Is this node able to serve? Open to everyone: it reveals no case data. */
@Stateless
@Guarded
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

    public record Health(String status, boolean databaseReachable, String schemaVersion,
                         String nodeRole, String applicationVersion) {
        public boolean up() {
            return "UP".equals(status);
        }
    }

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    @Inject
    Settings settings;

    @Public("load balancers and operators; reveals no case data")
    public Health check() {
        String schemaVersion = null;
        boolean reachable;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery(
                    "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
                schemaVersion = rs.next() ? rs.getString(1) : null;
            }
            reachable = true;
        } catch (SQLException e) {
            reachable = false;
        }
        String status = reachable && schemaVersion != null ? "UP" : "DOWN";
        return new Health(status, reachable, schemaVersion,
                settings.nodeRole().name().toLowerCase(), settings.applicationVersion());
    }
}
