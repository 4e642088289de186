package org.camino.operations.control;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Camino's own gauges, in WildFly's Micrometer registry, which serves them in
 * the Prometheus text format on the management interface
 * ({@code http://127.0.0.1:9990/prometheus}, configure.cli), beside WildFly's
 * own metrics ({@code /metrics}):
 * <ul>
 * <li>{@code camino_outbox_unsent_records{mission}}: statistical records
 * waiting to be sent to HQ, per mission (0 for a mission with none);</li>
 * <li>{@code camino_batch_running_executions{job}}: executions of each batch
 * job running now;</li>
 * <li>{@code camino_batch_items_done_items{job}}: items written by the job's
 * latest execution, running (so far, at its last checkpoint) or finished.</li>
 * </ul>
 * The values are read every {@link #REFRESH_SECONDS} s by a timer, not at
 * each scrape, so that a scrape never waits on the database. Each server of a
 * cluster reports the same shared values. Counts and codes only: no case data.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationGauges {

    static final int REFRESH_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(ApplicationGauges.class.getName());

    @Inject
    MeterRegistry registry;

    @Resource
    TimerService timers;

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    private MultiGauge outboxUnsent;
    private MultiGauge runningExecutions;
    private MultiGauge itemsDone;

    @PostConstruct
    void start() {
        outboxUnsent = MultiGauge.builder("camino.outbox.unsent").baseUnit("records")
                .description("Statistical records waiting to be sent to HQ, per mission").register(registry);
        runningExecutions = MultiGauge.builder("camino.batch.running").baseUnit("executions")
                .description("Running executions of each batch job").register(registry);
        itemsDone = MultiGauge.builder("camino.batch.items.done").baseUnit("items")
                .description("Items written by the latest execution of each batch job, so far or in all").register(registry);
        timers.createIntervalTimer(0, REFRESH_SECONDS * 1000L, new TimerConfig("application-gauges", false));
    }

    @Timeout
    void refresh() {
        try {
            outboxUnsent.register(outboxBacklog(), true);
        } catch (SQLException | RuntimeException e) {
            // the database away (fault drill, restart): the gauges keep their last values until it is back
            LOG.log(Level.FINE, "Outbox backlog not read", e);
        }
        try {
            List<MultiGauge.Row<?>> running = new ArrayList<>();
            List<MultiGauge.Row<?>> items = new ArrayList<>();
            JobOperator operator = BatchRuntime.getJobOperator();
            for (String job : operator.getJobNames()) {
                running.add(MultiGauge.Row.of(Tags.of("job", job), runningExecutions(operator, job)));
                items.add(MultiGauge.Row.of(Tags.of("job", job), itemsOfLatestExecution(operator, job)));
            }
            runningExecutions.register(running, true);
            itemsDone.register(items, true);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Batch job progress not read", e);
        }
    }

    /** Every mission with its unsent records, none left out (a mission whose backlog is gone shows 0). */
    private List<MultiGauge.Row<?>> outboxBacklog() throws SQLException {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(REFRESH_SECONDS);
            // the partial index cdr_outbox_mission_unsent holds exactly the unsent rows
            try (ResultSet rs = s.executeQuery("select m.code, count(o.mission) from mission m"
                    + " left join cdr_outbox o on o.mission = m.code and o.sent_at is null group by m.code")) {
                while (rs.next()) {
                    rows.add(MultiGauge.Row.of(Tags.of("mission", rs.getString(1)), rs.getLong(2)));
                }
            }
        }
        return rows;
    }

    private static int runningExecutions(JobOperator operator, String job) {
        try {
            return operator.getRunningExecutions(job).size();
        } catch (NoSuchJobException none) {
            return 0;
        }
    }

    private static long itemsOfLatestExecution(JobOperator operator, String job) {
        List<JobInstance> latest = operator.getJobInstances(job, 0, 1);
        if (latest.isEmpty()) {
            return 0;
        }
        JobExecution execution = operator.getJobExecutions(latest.get(0)).stream()
                .max(Comparator.comparingLong(JobExecution::getExecutionId)).orElse(null);
        if (execution == null) {
            return 0;
        }
        long written = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += metric.getValue();
                }
            }
        }
        return written;
    }
}
