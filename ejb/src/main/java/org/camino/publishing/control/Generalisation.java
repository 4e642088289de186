package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A generalisation hierarchy of one variable: level 0 is the value as
 * recorded, each higher level a coarser value computed from the recorded one,
 * and the top level {@value #SUPPRESSED} for every value (the variable
 * suppressed). Levels nest: two values equal at one level are equal at every
 * higher level (the hierarchies of {@link CtGeneralisations} are tested for
 * it), which is what lets full-domain generalisation search the lattice of
 * levels.
 *
 * @param levelNames names of the levels, from 0 ("as recorded") to the top ("suppressed")
 * @param steps      for each level, the recorded value → the value at that level
 */
public record Generalisation(List<String> levelNames, List<UnaryOperator<String>> steps) {

    /** The value of every record once a variable is suppressed. */
    public static final String SUPPRESSED = "*";

    public Generalisation {
        levelNames = List.copyOf(levelNames);
        steps = List.copyOf(steps);
        if (levelNames.size() != steps.size() || levelNames.size() < 2) {
            throw new IllegalArgumentException("one name per level, at least the recorded and the suppressed level");
        }
    }

    /** A named level between the recorded value and the suppressed one. */
    public record Level(String name, UnaryOperator<String> fromRecorded) {
        public Level {
            Objects.requireNonNull(name);
            Objects.requireNonNull(fromRecorded);
        }
    }

    /**
     * The hierarchy: the recorded value (level 0, named {@code recordedName}),
     * then the given levels in order, then suppression.
     */
    public static Generalisation of(String recordedName, Level... levels) {
        List<String> names = new ArrayList<>();
        List<UnaryOperator<String>> steps = new ArrayList<>();
        names.add(recordedName);
        steps.add(UnaryOperator.identity());
        for (Level level : levels) {
            names.add(level.name());
            steps.add(level.fromRecorded());
        }
        names.add("suppressed");
        steps.add(value -> SUPPRESSED);
        return new Generalisation(names, steps);
    }

    /** The highest level: the variable suppressed. */
    public int height() {
        return steps.size() - 1;
    }

    public String generalise(String recorded, int level) {
        if (level < 0 || level > height()) {
            throw new IllegalArgumentException("level " + level + " outside 0.." + height());
        }
        return steps.get(level).apply(recorded);
    }

    public String levelName(int level) {
        return levelNames.get(level);
    }
}
