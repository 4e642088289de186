package org.camino.repository.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.camino.platform.statistics.StatisticalRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes every announced statistical record into the outbox, in the
 * transaction of the case change that announced it (a synchronous observer):
 * no change without its record, no record without its change. The record's
 * version is the outbox sequence number, added when it is sent.
 */
@ApplicationScoped
public class Outbox {

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    void record(@Observes StatisticalRecord record) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into cdr_outbox (seq, mission, record_id, payload) values (nextval('cdr_outbox_seq'), ?, ?, ?)")) {
            insert.setString(1, record.mission());
            insert.setString(2, record.recordId());
            insert.setString(3, record.withVersion(0).toJson().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The statistical record could not be written to the outbox", e);
        }
    }
}
