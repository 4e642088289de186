package org.camino.resettlement.control;

import java.time.LocalDate;
import java.util.Map;

/**
 * The order resettlement stages must keep in time. The referral comes
 * first; interview, health assessment, security and visa decision, cultural
 * orientation and travel documents follow in any order among themselves;
 * then departure, then arrival. A stage may share its date with another.
 */
public final class StageOrder {

    public static final String REFERRAL_RECEIVED = "REFERRAL_RECEIVED";
    public static final String DEPARTURE = "DEPARTURE";
    public static final String ARRIVAL = "ARRIVAL";

    private StageOrder() {
    }

    /** True if the stage may be dated {@code date} given the stages already recorded (the stage itself ignored). */
    public static boolean fits(String stage, LocalDate date, Map<String, LocalDate> recorded) {
        int rank = rank(stage);
        for (Map.Entry<String, LocalDate> other : recorded.entrySet()) {
            if (other.getKey().equals(stage)) {
                continue;
            }
            int otherRank = rank(other.getKey());
            if (otherRank < rank && date.isBefore(other.getValue())) {
                return false;
            }
            if (otherRank > rank && date.isAfter(other.getValue())) {
                return false;
            }
        }
        return true;
    }

    static int rank(String stage) {
        return switch (stage) {
            case REFERRAL_RECEIVED -> 0;
            case DEPARTURE -> 2;
            case ARRIVAL -> 3;
            default -> 1;
        };
    }
}
