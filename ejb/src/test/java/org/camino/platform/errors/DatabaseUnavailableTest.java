package org.camino.platform.errors;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void aRefusedOrCutConnectionAnywhereAmongTheCausesIsTheDatabaseBeingAway() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertTrue(DatabaseUnavailable.isCause(new IllegalStateException("wrapped", new RuntimeException(refused))));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.isCause(new IllegalStateException("flush failed", new SQLException(
                "could not extend file \"base/16384/16400\": No space left on device", "53100"))), "a full disk");
        assertTrue(DatabaseUnavailable.isCause(new SQLException("sorry, too many clients already", "53300")));
        assertEquals("53100 No space left on device", DatabaseUnavailable.describe(
                new IllegalStateException("commit failed", new SQLException("No space left on device", "53100"))));
        SQLException batch = new SQLException("Batch entry 0 was aborted", "22000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertTrue(DatabaseUnavailable.isCause(batch), "the next exception of a batch counts");
        RuntimeException rollback = new RuntimeException("rollback failed");
        rollback.addSuppressed(new SQLException("This connection has been closed", "08003"));
        assertTrue(DatabaseUnavailable.isCause(rollback), "suppressed exceptions count");
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(DatabaseUnavailable.isCause(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("value too long for type character varying(200)", "22001")));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("bug")));
        RuntimeException cycle = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", cycle);
        cycle.initCause(other);
        assertFalse(DatabaseUnavailable.isCause(cycle), "a cycle of causes ends");
    }
}
