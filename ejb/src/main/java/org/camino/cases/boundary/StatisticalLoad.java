package org.camino.cases.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.missions.control.MissionCodes;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.RefusedException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Initial load and rebuild of a mission's statistical records (the Jakarta
 * Batch job {@code cdr-initial-load}): when a mission joins the central data
 * repository, or after a new record schema. For whoever may send the
 * mission's records ({@code outbox:send} on it: its mission managers,
 * administrators). Progress is the number of cases done of the mission's
 * cases.
 */
@Stateless
@Guarded
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticalLoad {

    static final String JOB = "cdr-initial-load";

    public record LoadRun(long executionId, String mission, String state, long casesDone, long casesTotal,
                          Instant startedAt, Instant endedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    MissionCodes missionCodes;

    @ScopedAccess("outbox:send on the mission")
    public LoadRun start(String mission) {
        String code = check(mission, "send");
        if (runs(code).stream().anyMatch(r -> r.state().equals("STARTED") || r.state().equals("STARTING"))) {
            throw new RefusedException("cdr.load.running", "An initial load of " + code + " is running");
        }
        Properties parameters = new Properties();
        parameters.setProperty("mission", code);
        long execution = operator().start(JOB, parameters);
        return run(operator().getJobExecution(execution), code, total(code));
    }

    /** Restarts the mission's latest run if it failed or was stopped: it resumes after its last checkpoint. */
    @ScopedAccess("outbox:send on the mission")
    public LoadRun restart(String mission) {
        String code = check(mission, "send");
        LoadRun latest = runs(code).stream().findFirst().filter(r -> r.state().equals("FAILED") || r.state().equals("STOPPED"))
                .orElseThrow(() -> new RefusedException("cdr.load.nothingToRestart",
                        "The latest initial load of " + code + " did not fail and was not stopped"));
        long execution = operator().restart(latest.executionId(), new Properties());
        return run(operator().getJobExecution(execution), code, total(code));
    }

    /** The mission's runs, latest first. */
    @ScopedAccess("outbox:read on the mission")
    public List<LoadRun> status(String mission) {
        return runs(check(mission, "read"));
    }

    private List<LoadRun> runs(String code) {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(JOB)) {
            return List.of();
        }
        long total = total(code);
        List<LoadRun> runs = new ArrayList<>();
        for (JobInstance instance : operator.getJobInstances(JOB, 0, Integer.MAX_VALUE)) {
            List<JobExecution> executions = operator.getJobExecutions(instance);
            if (executions.isEmpty()) {
                continue;
            }
            JobExecution latest = executions.stream().max(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow();
            if (code.equals(latest.getJobParameters().getProperty("mission"))) {
                long done = executions.stream().mapToLong(this::written).sum();
                LoadRun run = run(latest, code, total);
                runs.add(new LoadRun(run.executionId(), code, run.state(), Math.min(done, total), total, run.startedAt(),
                        run.endedAt()));
            }
        }
        runs.sort(Comparator.comparingLong(LoadRun::executionId).reversed());
        return runs;
    }

    private LoadRun run(JobExecution execution, String code, long total) {
        return new LoadRun(execution.getExecutionId(), code, execution.getBatchStatus().name(), written(execution), total,
                execution.getCreateTime() == null ? null : execution.getCreateTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant());
    }

    private long written(JobExecution execution) {
        long written = 0;
        for (StepExecution step : operator().getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += metric.getValue();
                }
            }
        }
        return written;
    }

    private String check(String mission, String action) {
        String code = mission == null ? "" : mission.trim().toUpperCase(Locale.ROOT);
        accessControl.caller();
        if (!missionCodes.exists(code)) {
            throw InvalidInputException.of("mission", "case.mission.unknown");
        }
        accessControl.require("outbox:" + action + ":" + code.toLowerCase(Locale.ROOT), "cdr-load:" + code);
        return code;
    }

    private long total(String code) {
        return em.createQuery("select count(c) from CaseFile c where c.mission.code = :c", Long.class)
                .setParameter("c", code).getSingleResult();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
