package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A small group whose persons all share the category of a sensitive dimension: a line along that
 * dimension (the other codes fixed, margins included) whose total is from 1 to threshold - 1 and has a
 * single non-zero category. Publishing the zeros of the line would tell that every person of the group
 * is in that category (all victims of one age band are of one nationality), so they are suppressed too.
 */
final class GroupDisclosure {

    /**
     * @param totalCell the line's total in the table
     * @param zeros     the figures of the zero categories of the line
     */
    record Group(LinkedCells.Shown table, int totalCell, int dimension, int[] zeros) {

        String describe() {
            TableCube cube = table.cube();
            return "Table " + cube.spec.id() + ": the group " + cube.codes(totalCell) + " falls in a single category of "
                    + cube.spec.dimensions().get(dimension).name();
        }
    }

    private GroupDisclosure() {
    }

    static List<Group> groups(LinkedCells cells) {
        var groups = new ArrayList<Group>();
        for (LinkedCells.Shown table : cells.currentTables) {
            TableCube cube = table.cube();
            for (int d = 0; d < cube.dimensions(); d++) {
                if (!cube.spec.dimensions().get(d).sensitive() || cube.categories(d) < 2) {
                    continue;
                }
                for (int cell = 0; cell < cube.cellCount; cell++) {
                    if (!cube.isTotal(cell, d)) {
                        continue;
                    }
                    LinkedCells.Figure total = cells.figures.get(table.figures()[cell]);
                    if (total.value < 1 || total.value >= total.threshold) {
                        continue;
                    }
                    int[] children = cube.children(cell, d);
                    int nonZero = 0;
                    var zeros = new int[children.length];
                    int zeroCount = 0;
                    for (int child : children) {
                        int figure = table.figures()[child];
                        if (cells.figures.get(figure).value == 0) {
                            zeros[zeroCount++] = figure;
                        } else {
                            nonZero++;
                        }
                    }
                    if (nonZero == 1) {
                        groups.add(new Group(table, cell, d, java.util.Arrays.copyOf(zeros, zeroCount)));
                    }
                }
            }
        }
        return groups;
    }
}
