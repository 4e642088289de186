package org.camino.resettlement.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageOrderTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Test
    void nothingComesBeforeTheReferral() {
        Map<String, LocalDate> recorded = Map.of("REFERRAL_RECEIVED", APRIL);
        assertFalse(StageOrder.fits("INTERVIEW", MARCH, recorded));
        assertTrue(StageOrder.fits("INTERVIEW", APRIL, recorded), "the same day is fine");
        assertFalse(StageOrder.fits("REFERRAL_RECEIVED", MAY, Map.of("INTERVIEW", APRIL)));
    }

    @Test
    void processingStagesComeInAnyOrderBeforeDeparture() {
        Map<String, LocalDate> recorded = Map.of("INTERVIEW", MAY, "DEPARTURE", MAY);
        assertTrue(StageOrder.fits("HEALTH_ASSESSMENT", MARCH, recorded), "before the interview is fine");
        assertFalse(StageOrder.fits("CULTURAL_ORIENTATION", MAY.plusDays(1), recorded), "not after departure");
        assertFalse(StageOrder.fits("DEPARTURE", APRIL, recorded), "departure not before the interview");
    }

    @Test
    void arrivalComesLast() {
        Map<String, LocalDate> recorded = Map.of("DEPARTURE", APRIL);
        assertFalse(StageOrder.fits("ARRIVAL", MARCH, recorded));
        assertTrue(StageOrder.fits("ARRIVAL", APRIL.plusDays(1), recorded));
        assertFalse(StageOrder.fits("TRAVEL_DOCUMENTS", MAY, Map.of("ARRIVAL", APRIL)));
    }

    @Test
    void correctingAStageIgnoresItsOwnEarlierDate() {
        assertTrue(StageOrder.fits("INTERVIEW", MARCH, Map.of("INTERVIEW", MAY, "REFERRAL_RECEIVED", MARCH)));
    }
}
