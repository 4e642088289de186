package org.camino.returns.entity;

import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SustainabilityScoreTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theOverallScoreIsTheMeanOfTheThreeDimensionsToThreeDecimals() {
        assertEquals(d("0.600"), new SustainabilityScore(d("0.5"), d("0.6"), d("0.7")).overall());
        assertEquals(d("0.667"), new SustainabilityScore(d("1"), d("1"), d("0")).overall(), "2/3 rounds half up");
        assertEquals(d("0.333"), new SustainabilityScore(d("0"), d("0"), d("1")).overall(), "1/3 rounds down");
        assertEquals(d("0.001"), new SustainabilityScore(d("0.001"), d("0.001"), d("0.000")).overall(), "0.000666.. rounds up");
        assertEquals(d("1.000"), new SustainabilityScore(d("1"), d("1"), d("1")).overall());
        assertEquals(d("0.000"), new SustainabilityScore(d("0"), d("0"), d("0")).overall());
    }

    @Test
    void scoresAreKeptWithThreeDecimals() {
        SustainabilityScore score = new SustainabilityScore(d("0.5"), d("0.50000"), d("1"));
        assertEquals("0.500", score.economic().toPlainString());
        assertEquals("0.500", score.social().toPlainString());
        assertEquals("1.000", score.psychosocial().toPlainString());
    }

    @Test
    void eachScoreOutsideZeroToOneIsNamed() {
        List<FieldProblem> problems = SustainabilityScore.problems(d("-0.01"), d("1.001"), d("0.5"));
        assertEquals(List.of(new FieldProblem("economicScore", "returns.score.range"),
                new FieldProblem("socialScore", "returns.score.range")), problems);
    }

    @Test
    void missingAndOverPreciseScoresAreNamed() {
        List<FieldProblem> problems = SustainabilityScore.problems(null, d("0.1234"), d("0.5000000"));
        assertEquals(List.of(new FieldProblem("economicScore", "returns.score.required"),
                new FieldProblem("socialScore", "returns.score.precision")), problems, "trailing zeros are fine");
    }

    @Test
    void anInvalidScoreCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new SustainabilityScore(d("2"), d("0"), d("0")));
        assertThrows(IllegalArgumentException.class, () -> new SustainabilityScore(null, d("0"), d("0")));
        assertTrue(SustainabilityScore.problems(d("0"), d("1"), d("0.999")).isEmpty());
    }
}
