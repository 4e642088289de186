package org.camino.rotation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.crypto.KeyRing;
import org.camino.rotation.control.EncryptedColumns;
import org.camino.rotation.control.EncryptedTable;
import org.camino.rotation.control.RotationLauncher;
import org.camino.rotation.control.RotationStore;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.util.List;
import java.util.Optional;

/**
 * Key rotation for administrators ({@code admin:keys}): start the job, follow
 * it, stop it, restart it after a failure. Administrators read no case
 * content, and nothing here returns any: only key ids and counts.
 */
@Stateless
@Guarded
public class KeyRotation {

    private static final String TARGET = "key-rotation:";

    @Inject
    RotationLauncher launcher;

    @Inject
    RotationStore store;

    @Inject
    EncryptedColumns columns;

    @Inject
    KeyRing keyRing;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Requires("admin:keys")
    public RotationStatus status() {
        Optional<RotationLauncher.Latest> latest = launcher.latest();
        boolean running = latest.map(l -> l.state() == RotationLauncher.State.RUNNING).orElse(false);
        List<TableProgress> tables = latest.map(l -> store.progress(l.run().jobInstanceId()).stream()
                .map(TableProgress::of).toList()).orElse(List.of());
        return new RotationStatus(keyRing.currentKeyId(), List.copyOf(keyRing.keyIds()),
                keyRing.hasPreviousBlindIndexKey(), running ? null : ciphertextsUnderOldKeys(),
                latest.map(l -> l.state().name()).orElse("NONE"),
                latest.map(l -> l.run().jobInstanceId()).orElse(null),
                latest.map(l -> l.run().startedBy()).orElse(null),
                latest.map(l -> l.run().startedAt()).orElse(null),
                latest.map(RotationLauncher.Latest::endedAt).orElse(null),
                latest.map(l -> l.run().targetKeyId()).orElse(null),
                latest.map(RotationLauncher.Latest::exitStatus).orElse(null),
                tables, columns.problems());
    }

    @Requires("admin:keys")
    public RotationStatus start() {
        String username = accessControl.caller().username();
        long run = launcher.start(username);
        accessLog.record(AccessLog.Event.KEY_ROTATION_STARTED, username, TARGET + run, "to key " + keyRing.currentKeyId());
        return status();
    }

    @Requires("admin:keys")
    public RotationStatus restart() {
        String username = accessControl.caller().username();
        long run = launcher.restart(username);
        accessLog.record(AccessLog.Event.KEY_ROTATION_RESTARTED, username, TARGET + run, "to key " + keyRing.currentKeyId());
        return status();
    }

    @Requires("admin:keys")
    public RotationStatus stop() {
        String username = accessControl.caller().username();
        long run = launcher.stop();
        accessLog.record(AccessLog.Event.KEY_ROTATION_STOPPED, username, TARGET + run, null);
        return status();
    }

    /** Scans every encrypted table; cheap enough on demand, too much for every poll of a running job. */
    private long ciphertextsUnderOldKeys() {
        String currentPrefix = "v1:" + keyRing.currentKeyId() + ":";
        long count = 0;
        for (EncryptedTable table : columns.tables()) {
            count += store.ciphertextsNotUnder(table, currentPrefix);
        }
        return count;
    }
}
