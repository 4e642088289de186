package org.camino.rotation.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.util.List;

/**
 * Where key rotation stands.
 *
 * @param currentKeyId             the key new values are encrypted under
 * @param keyIds                   every key in the ring, oldest first
 * @param previousBlindIndexKey    whether a previous blind-index key is configured (searches try both)
 * @param ciphertextsUnderOldKeys  values not under the current key; null while a run is going (counting scans every table)
 * @param state                    NONE, RUNNING, COMPLETED, FAILED, STOPPED or INTERRUPTED (of the latest run)
 * @param run                      the latest run's id, or null
 * @param targetKeyId              the current key when that run started
 * @param exitStatus               the batch exit status of its latest execution
 * @param tables                   its progress per table
 * @param problems                 encrypted columns the job cannot handle (it refuses to start)
 */
public record RotationStatus(String currentKeyId, List<String> keyIds, boolean previousBlindIndexKey,
                             Long ciphertextsUnderOldKeys, String state, Long run, String startedBy, Instant startedAt,
                             Instant endedAt, String targetKeyId, String exitStatus, List<TableProgress> tables,
                             List<String> problems) implements Serializable {

    public boolean running() {
        return "RUNNING".equals(state);
    }

    public boolean restartable() {
        return "FAILED".equals(state) || "STOPPED".equals(state) || "INTERRUPTED".equals(state);
    }
}
