package org.camino.publishing.control;

import java.util.List;

/**
 * What makes two cells of two tables (linked tables of a release, or successive releases) the same figure:
 * the population, the codes of the dimensions the cell does not total except the month (as
 * {@code name=code}, sorted by name), and the months it sums over (one month for a month cell, the
 * table's period for a month total or a table without a month dimension).
 */
public record CellIdentity(String population, List<String> codes, List<String> months) {
}
