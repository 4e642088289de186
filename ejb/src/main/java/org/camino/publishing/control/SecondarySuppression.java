package org.camino.publishing.control;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;

/**
 * Chooses the cells to suppress beside the primary ones, cheaply: a cell is chosen for being small (the
 * suppressed mass stays low), inner cells before margins (margins are what readers use most).
 * Two steps, repeated by {@link DisclosureControl} until the audit passes:
 * <ol>
 * <li>a relation with a single hidden figure gives it away (total minus the others): one of its published
 * cells is suppressed beside it, and the relations of that cell are looked at in turn;</li>
 * <li>a figure the linear-programming audit finds too narrow gets the cheapest published cell of its
 * relations.</li>
 * </ol>
 */
final class SecondarySuppression {

    private final LinkedCells cells;
    private final Comparator<Integer> cheapestFirst;

    SecondarySuppression(LinkedCells cells) {
        this.cells = cells;
        // A zero cell hides nothing (its partner's interval stays as narrow), so zeros come last.
        this.cheapestFirst = Comparator
                .comparing((Integer figure) -> cells.figures.get(figure).value == 0)
                .thenComparingLong(figure -> cells.figures.get(figure).value)
                .thenComparingInt(figure -> cells.figures.get(figure).totals)
                .thenComparingInt(figure -> figure);
    }

    /** Step 1 over every relation. */
    void partnerLoneFigures() {
        var relations = new ArrayDeque<Integer>();
        for (int r = 0; r < cells.relations.size(); r++) {
            relations.add(r);
        }
        partnerLoneFigures(relations);
    }

    private void partnerLoneFigures(Deque<Integer> relations) {
        while (!relations.isEmpty()) {
            int[] relation = cells.relations.get(relations.poll());
            int hidden = 0;
            for (int figure : relation) {
                if (cells.figures.get(figure).hidden()) {
                    hidden++;
                }
            }
            if (hidden != 1) {
                continue;
            }
            Integer partner = cheapestCandidate(relation, null);
            if (partner != null) {
                suppress(partner, relations);
            }
        }
    }

    /**
     * Step 2: one partner for each figure whose interval is too narrow, then step 1 around them.
     *
     * @return false if no figure could get a partner (nothing left to suppress around them)
     */
    boolean partnerNarrowFigures(Collection<Integer> narrow) {
        var touched = new ArrayDeque<Integer>();
        boolean added = false;
        for (int figure : narrow) {
            Integer best = null;
            for (int r : cells.figures.get(figure).relations) {
                best = cheapestCandidate(cells.relations.get(r), best);
            }
            if (best != null) {
                suppress(best, touched);
                added = true;
            }
        }
        partnerLoneFigures(touched);
        return added;
    }

    private Integer cheapestCandidate(int[] relation, Integer best) {
        for (int figure : relation) {
            if (canSuppress(figure) && (best == null || cheapestFirst.compare(figure, best) < 0)) {
                best = figure;
            }
        }
        return best;
    }

    /** A published cell of the current release that no earlier release published. */
    private boolean canSuppress(int figure) {
        LinkedCells.Figure f = cells.figures.get(figure);
        return f.current && !f.suppressed() && !f.publishedEarlier;
    }

    private void suppress(int figure, Deque<Integer> touched) {
        LinkedCells.Figure f = cells.figures.get(figure);
        f.status = CellStatus.SECONDARY;
        for (int r : f.relations) {
            touched.add(r);
        }
    }
}
