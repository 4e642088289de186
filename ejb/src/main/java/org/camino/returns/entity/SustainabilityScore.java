package org.camino.returns.entity;

import org.camino.platform.errors.InvalidInputException.FieldProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The reintegration sustainability score of a monitoring visit: one score
 * per dimension (economic, social, psychosocial), each from 0 to 1 with at
 * most three decimals, and the overall score, their plain mean rounded half
 * up to three decimals.
 */
public record SustainabilityScore(BigDecimal economic, BigDecimal social, BigDecimal psychosocial) {

    public static final int SCALE = 3;

    /** The problems of the given scores, named by field ({@code economicScore}, ...); empty if they are valid. */
    public static List<FieldProblem> problems(BigDecimal economic, BigDecimal social, BigDecimal psychosocial) {
        List<FieldProblem> problems = new ArrayList<>();
        check("economicScore", economic, problems);
        check("socialScore", social, problems);
        check("psychosocialScore", psychosocial, problems);
        return problems;
    }

    /** A valid score; call {@link #problems} first, this refuses invalid values outright. */
    public SustainabilityScore {
        if (!problems(economic, social, psychosocial).isEmpty()) {
            throw new IllegalArgumentException("Sustainability scores are 0 to 1 with at most 3 decimals");
        }
        economic = economic.setScale(SCALE, RoundingMode.UNNECESSARY);
        social = social.setScale(SCALE, RoundingMode.UNNECESSARY);
        psychosocial = psychosocial.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public BigDecimal overall() {
        return economic.add(social).add(psychosocial).divide(BigDecimal.valueOf(3), SCALE, RoundingMode.HALF_UP);
    }

    private static void check(String field, BigDecimal value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "returns.score.required"));
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problems.add(new FieldProblem(field, "returns.score.range"));
        } else if (value.stripTrailingZeros().scale() > SCALE) {
            problems.add(new FieldProblem(field, "returns.score.precision"));
        }
    }
}
