package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The interval an attacker can give each hidden figure: two linear programmes (minimise, maximise the
 * figure) subject to every additive relation of every table of the release and of the earlier releases,
 * a figure shown by several tables or releases being one variable, published figures fixed, hidden
 * figures >= 0.
 * <p>
 * Published figures enter with their TRUE values, not the rounding intervals an attacker really sees:
 * this is conservative, as fixing them can only narrow the intervals, so the attacker's real interval is
 * at least as wide as the one computed here. The LP models the published numbers only: the SDMX flag of
 * a PRIMARY cell also tells "from 1 to threshold - 1", which the LP does not use; the required width
 * (± threshold around the true value) is what keeps such a cell safe beyond that hint.
 * <p>
 * Only relations holding a hidden figure matter, so the hidden figures split into connected components
 * (figures linked by such relations), each solved on its own, which keeps the programmes small.
 */
final class IntervalAudit {

    /**
     * @param exact true when both bounds are the optimum of a programme over the whole component; otherwise
     *              values shown feasible, so the real interval is at least as wide
     */
    record Interval(double lower, double upper, boolean exact) {
    }

    /** components up to this size get the exact interval of every cell */
    static final int EXACT_LIMIT = 60;
    /** components up to this size are solved whole; larger ones around each cell (see neighbourhood) */
    static final int WHOLE_COMPONENT_LIMIT = 1_500;
    static final int NEIGHBOURHOOD = 120;
    private static final double TOLERANCE = 1e-6;

    private final LinkedCells cells;
    /** Intervals of components already solved, by their sorted figures: an unchanged component is not solved again. */
    private final Map<List<Integer>, Map<Integer, Interval>> solved = new ConcurrentHashMap<>();

    /** Asked between two programmes whether to stop (a release's time budget). */
    private volatile AuditProgress progress = AuditProgress.NONE;

    IntervalAudit(LinkedCells cells) {
        this.cells = cells;
    }

    private void stopIfAsked() {
        if (progress.stopped()) {
            throw new AuditStoppedException("the audit was stopped before it could prove every suppressed cell safe");
        }
    }

    /** The interval of every hidden figure. */
    Map<Integer, Interval> intervals(AuditProgress progress) {
        this.progress = progress;
        List<int[]> components = components();
        int total = components.stream().mapToInt(component -> component.length).sum();
        var audited = new AtomicInteger();
        progress.cellsAudited(0, total);
        var intervals = new ConcurrentHashMap<Integer, Interval>();
        // Largest first so that the two threads finish together.
        components.sort((a, b) -> Integer.compare(b.length, a.length));
        components.parallelStream().forEach(component -> {
            Map<Integer, Interval> result = solved.computeIfAbsent(
                    Arrays.stream(component).boxed().toList(), key -> solve(component));
            intervals.putAll(result);
            progress.cellsAudited(audited.addAndGet(component.length), total);
        });
        return intervals;
    }

    /** The hidden figures, grouped in connected components (sorted arrays). */
    List<int[]> components() {
        int n = cells.figures.size();
        var parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int[] relation : cells.relations) {
            int first = -1;
            for (int figure : relation) {
                if (cells.figures.get(figure).hidden()) {
                    if (first < 0) {
                        first = figure;
                    } else {
                        parent[root(parent, figure)] = root(parent, first);
                    }
                }
            }
        }
        var byRoot = new HashMap<Integer, List<Integer>>();
        for (int figure = 0; figure < n; figure++) {
            if (cells.figures.get(figure).hidden()) {
                byRoot.computeIfAbsent(root(parent, figure), key -> new ArrayList<>()).add(figure);
            }
        }
        var components = new ArrayList<int[]>();
        for (List<Integer> members : byRoot.values()) {
            components.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        return components;
    }

    private static int root(int[] parent, int figure) {
        while (parent[figure] != figure) {
            parent[figure] = parent[parent[figure]];
            figure = parent[figure];
        }
        return figure;
    }

    private Map<Integer, Interval> solve(int[] component) {
        var seen = new SeenValues(component);
        if (component.length <= WHOLE_COMPONENT_LIMIT) {
            var programme = new Programme(component);
            if (component.length > EXACT_LIMIT) {
                // two vertices far apart show many cells free at once
                programme.seedWitnesses(seen);
            }
            for (int i = 0; i < component.length; i++) {
                stopIfAsked();
                programme.bound(i, seen, component.length <= EXACT_LIMIT);
            }
            return seen.intervals(true);
        }
        for (int i = 0; i < component.length; i++) {
            int target = component[i];
            for (int size = NEIGHBOURHOOD; size <= 4 * NEIGHBOURHOOD && !seen.safe(target); size *= 4) {
                stopIfAsked();
                int[] neighbourhood = neighbourhood(target, seen, size);
                new Programme(neighbourhood).bound(0, seen, false);
            }
        }
        return seen.intervals(false);
    }

    /**
     * Up to {@code size} hidden figures around the target (nearest first through shared relations). The
     * others are held at their true values: any value the target can take then, it can take with them free
     * too, so an interval found this way is part of the real one (the audit stays on the safe side).
     */
    private int[] neighbourhood(int target, SeenValues seen, int size) {
        var members = new java.util.LinkedHashSet<Integer>();
        var queue = new java.util.ArrayDeque<Integer>();
        members.add(target);
        queue.add(target);
        while (!queue.isEmpty() && members.size() < size) {
            int figure = queue.poll();
            for (int r : cells.figures.get(figure).relations) {
                for (int other : cells.relations.get(r)) {
                    if (members.size() < size && seen.contains(other) && members.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return members.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The smallest and largest value of each figure seen in feasible solutions (the true value is one). */
    private final class SeenValues {
        private final Map<Integer, Integer> position = new HashMap<>();
        private final int[] figures;
        private final double[] low;
        private final double[] high;
        private final boolean[] solvedLow;
        private final boolean[] solvedHigh;

        SeenValues(int[] component) {
            figures = component;
            low = new double[component.length];
            high = new double[component.length];
            solvedLow = new boolean[component.length];
            solvedHigh = new boolean[component.length];
            for (int i = 0; i < component.length; i++) {
                position.put(component[i], i);
                low[i] = cells.figures.get(component[i]).value;
                high[i] = low[i];
            }
        }

        boolean contains(int figure) {
            return position.containsKey(figure);
        }

        void see(int figure, double value) {
            int i = position.get(figure);
            low[i] = Math.min(low[i], value);
            high[i] = Math.max(high[i], value);
        }

        boolean lowEnough(int figure) {
            return low[position.get(figure)] <= SuppressionAudit.requiredLower(cells.figures.get(figure)) + TOLERANCE;
        }

        boolean highEnough(int figure) {
            return high[position.get(figure)] >= SuppressionAudit.requiredUpper(cells.figures.get(figure)) - TOLERANCE;
        }

        boolean safe(int figure) {
            return lowEnough(figure) && highEnough(figure);
        }

        void solvedLow(int figure, double value) {
            see(figure, value);
            solvedLow[position.get(figure)] = true;
        }

        void solvedHigh(int figure, double value) {
            see(figure, value);
            solvedHigh[position.get(figure)] = true;
        }

        Map<Integer, Interval> intervals(boolean wholeComponent) {
            var intervals = new HashMap<Integer, Interval>();
            for (int i = 0; i < figures.length; i++) {
                // exact when both programmes ran on the whole component, else bounds shown feasible
                boolean exact = wholeComponent && solvedLow[i] && solvedHigh[i];
                intervals.put(figures[i], new Interval(low[i], high[i], exact));
            }
            return intervals;
        }
    }

    /** The linear programme over some hidden figures, the other figures held at their true values. */
    private final class Programme {
        private final int[] figures;
        private final ExpressionsBasedModel model = new ExpressionsBasedModel();
        private final List<Variable> variables = new ArrayList<>();

        Programme(int[] figures) {
            this.figures = figures;
            var index = new HashMap<Integer, Variable>();
            for (int figure : figures) {
                Variable variable = model.addVariable("x" + figure).lower(0);
                variables.add(variable);
                index.put(figure, variable);
            }
            var relationsDone = new java.util.HashSet<Integer>();
            for (int figure : figures) {
                for (int r : cells.figures.get(figure).relations) {
                    if (relationsDone.add(r)) {
                        addRelation(model, index, cells.relations.get(r), r);
                    }
                }
            }
        }

        void seedWitnesses(SeenValues seen) {
            variables.forEach(variable -> variable.weight(1));
            record(model.maximise(), seen);
            record(model.minimise(), seen);
            variables.forEach(variable -> variable.weight(0));
        }

        /** Minimises and maximises figures[i], unless values already seen show that side wide enough. */
        void bound(int i, SeenValues seen, boolean exact) {
            int figure = figures[i];
            Variable variable = variables.get(i);
            variable.weight(1);
            if (exact || !seen.lowEnough(figure)) {
                Optimisation.Result result = model.minimise();
                seen.solvedLow(figure, optimum(result));
                record(result, seen);
            }
            if (exact || !seen.highEnough(figure)) {
                Optimisation.Result result = model.maximise();
                if (result.getState() == Optimisation.State.UNBOUNDED) {
                    seen.solvedHigh(figure, Double.POSITIVE_INFINITY);
                } else {
                    seen.solvedHigh(figure, optimum(result));
                    record(result, seen);
                }
            }
            variable.weight(0);
        }

        /** Every value of a feasible solution is a value its figure can take. */
        private void record(Optimisation.Result result, SeenValues seen) {
            if (!result.getState().isFeasible()) {
                return;
            }
            for (int k = 0; k < figures.length; k++) {
                seen.see(figures[k], result.doubleValue(k));
            }
        }
    }

    /** total = sum of children, the known figures moved to the right-hand side. */
    private void addRelation(ExpressionsBasedModel model, Map<Integer, Variable> variables, int[] relation, int r) {
        var coefficients = new HashMap<Integer, Integer>();
        long constant = 0;
        for (int i = 0; i < relation.length; i++) {
            int sign = i == 0 ? -1 : 1;
            LinkedCells.Figure figure = cells.figures.get(relation[i]);
            if (variables.containsKey(relation[i])) {
                coefficients.merge(relation[i], sign, Integer::sum);
            } else {
                constant -= sign * figure.value;
            }
        }
        Expression expression = model.addExpression("r" + r).level(constant);
        coefficients.forEach((figure, coefficient) -> {
            if (coefficient != 0) {
                expression.set(variables.get(figure), coefficient);
            }
        });
    }

    private static double optimum(Optimisation.Result result) {
        if (!result.getState().isFeasible()) {
            // the true values always satisfy every relation: a failure is the solver's
            throw new IllegalStateException("The audit's linear programme failed: " + result.getState());
        }
        return result.getValue();
    }
}
