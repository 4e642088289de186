package org.camino.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The time, for code that acts on the calendar (month ends): injected as a
 * {@link Clock} so that a test can give such code a clock of its own.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
