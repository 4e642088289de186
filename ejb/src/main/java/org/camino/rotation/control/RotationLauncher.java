package org.camino.rotation.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.crypto.FieldCipher;
import org.camino.platform.control.Settings;
import org.camino.platform.errors.RefusedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts, restarts and stops the key-rotation job, one at a time (a singleton's
 * write lock serialises them, so two administrators cannot start two runs).
 * No transaction: JBeret keeps its job repository itself, and the run's own
 * rows commit on their own.
 * <p>
 * A run the repository calls started but that no thread of this server runs
 * and whose heartbeat (moved by every chunk, {@link RotationStore#beatWithin})
 * stopped for {@link #LEASE} (its server stopped or crashed meanwhile) is
 * {@link State#INTERRUPTED}: it can be restarted, and resumes where it
 * stopped. A run whose heartbeat moves is running, on this server or another
 * of a cluster: a second start or a restart is refused on every server.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RotationLauncher {

    public static final String JOB = "key-rotation";
    /** Test hook: the job fails once it has done this many rows. Honoured in demo mode only. */
    static final String FAIL_AFTER_SETTING = "CAMINO_TEST_FAIL_ROTATION_AFTER";

    public enum State { RUNNING, COMPLETED, FAILED, STOPPED, INTERRUPTED }

    /** The latest run and how its latest execution stands. */
    public record Latest(RotationStore.Run run, State state, String exitStatus, Instant endedAt) {
    }

    @Inject
    RotationStore store;

    @Inject
    EncryptedColumns columns;

    @Inject
    FieldCipher cipher;

    @Inject
    Settings settings;

    /** How long a run's heartbeat may stand still before the run counts as interrupted (a chunk takes seconds). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final Set<Long> executionsHere = ConcurrentHashMap.newKeySet();

    @Lock(LockType.READ)
    public Optional<Latest> latest() {
        return store.latestRun().map(run -> {
            JobExecution execution = operator().getJobExecution(run.executionId());
            return new Latest(run, stateOf(run, execution), execution.getExitStatus(),
                    execution.getEndTime() == null ? null : execution.getEndTime().toInstant());
        });
    }

    /** @return the new run's id (its job instance) */
    public long start(String username) {
        if (latest().map(l -> l.state() == State.RUNNING).orElse(false)) {
            throw new RefusedException("keys.refused.running", "A key rotation is already running");
        }
        if (!columns.problems().isEmpty()) {
            throw new RefusedException("keys.refused.problems", "Some encrypted columns cannot be rotated: "
                    + columns.problems());
        }
        Properties parameters = executionParameters();
        parameters.setProperty("startedBy", username);
        JobOperator operator = operator();
        long execution = operator.start(JOB, parameters);
        executionsHere.add(execution);
        long run = operator.getJobInstance(execution).getInstanceId();
        store.recordRun(new RotationStore.Run(run, execution, username, Instant.now(), cipher.currentKeyId()));
        return run;
    }

    /** Restarts the latest run if it failed, was stopped or was interrupted; it resumes after its last chunk. */
    public long restart(String username) {
        Latest latest = latest().orElseThrow(() -> new RefusedException("keys.refused.nothingToRestart",
                "No key rotation has run yet"));
        if (latest.state() == State.RUNNING || latest.state() == State.COMPLETED) {
            throw new RefusedException("keys.refused.nothingToRestart", "The latest key rotation is "
                    + latest.state().name().toLowerCase() + "; only a failed, stopped or interrupted one is restarted");
        }
        Properties parameters = executionParameters(); // startedBy stays that of the first execution
        parameters.setProperty("restartedBy", username);
        long execution = operator().restart(latest.run().executionId(), parameters);
        executionsHere.add(execution);
        store.recordRestart(latest.run().jobInstanceId(), execution);
        return latest.run().jobInstanceId();
    }

    /** Asks the running job to stop after its current chunk. */
    public long stop() {
        Latest latest = latest().filter(l -> l.state() == State.RUNNING).orElseThrow(() ->
                new RefusedException("keys.refused.notRunning", "No key rotation is running"));
        operator().stop(latest.run().executionId());
        return latest.run().jobInstanceId();
    }

    /** Parameters each execution gets afresh, so that a restart uses this server's settings. */
    private Properties executionParameters() {
        Properties parameters = new Properties();
        parameters.setProperty("chunkSize", Integer.toString(ChunkSize.parse(settings.get(ChunkSize.SETTING).orElse(null))));
        String failAfter = settings.demoMode() ? settings.get(FAIL_AFTER_SETTING).orElse("") : "";
        parameters.setProperty("failAfterRows", failAfter.trim());
        return parameters;
    }

    private State stateOf(RotationStore.Run run, JobExecution execution) {
        return switch (execution.getBatchStatus()) {
            case STARTING, STARTED, STOPPING -> executionsHere.contains(execution.getExecutionId())
                    || store.beatWithin(run.jobInstanceId(), LEASE) ? State.RUNNING : State.INTERRUPTED;
            case COMPLETED -> State.COMPLETED;
            case STOPPED -> State.STOPPED;
            case FAILED, ABANDONED -> State.FAILED;
        };
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
