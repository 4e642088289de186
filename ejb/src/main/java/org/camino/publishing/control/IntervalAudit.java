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

    record Interval(double lower, double upper) {
    }

    private final LinkedCells cells;
    /** Intervals of components already solved, by their sorted figures: an unchanged component is not solved again. */
    private final Map<List<Integer>, Map<Integer, Interval>> solved = new ConcurrentHashMap<>();

    IntervalAudit(LinkedCells cells) {
        this.cells = cells;
    }

    /** The interval of every hidden figure. */
    Map<Integer, Interval> intervals(AuditProgress progress) {
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
        var model = new ExpressionsBasedModel();
        var variables = new HashMap<Integer, Variable>();
        for (int figure : component) {
            variables.put(figure, model.addVariable("x" + figure).lower(0));
        }
        var relationsDone = new java.util.HashSet<Integer>();
        for (int figure : component) {
            for (int r : cells.figures.get(figure).relations) {
                if (relationsDone.add(r)) {
                    addRelation(model, variables, cells.relations.get(r), r);
                }
            }
        }
        var result = new HashMap<Integer, Interval>();
        for (int figure : component) {
            Variable variable = variables.get(figure);
            variable.weight(1);
            double lower = bound(model.minimise(), 0);
            double upper = bound(model.maximise(), Double.POSITIVE_INFINITY);
            variable.weight(0);
            result.put(figure, new Interval(lower, upper));
        }
        return result;
    }

    /** total = sum of children, the known figures moved to the right-hand side. */
    private void addRelation(ExpressionsBasedModel model, Map<Integer, Variable> variables, int[] relation, int r) {
        var coefficients = new HashMap<Integer, Integer>();
        long constant = 0;
        for (int i = 0; i < relation.length; i++) {
            int sign = i == 0 ? -1 : 1;
            LinkedCells.Figure figure = cells.figures.get(relation[i]);
            if (figure.hidden()) {
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

    private static double bound(Optimisation.Result result, double whenUnbounded) {
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return whenUnbounded;
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("The audit's linear programme failed: " + result.getState());
        }
        return result.getValue();
    }
}
