package org.camino.publishing.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The true counts of a release's tables, read from HQ's store of statistical
 * records ({@code cdr_record}): one scan per population, whatever the number of
 * its tables (grouping sets), so a release over ten million records reads
 * each record once per population. The SQL is made of the populations'
 * constants; periods and missions are bound parameters.
 */
public final class TableCounts {

    /** The period counted (whole months) and the missions (empty: all). */
    public record Scope(YearMonth from, YearMonth to, List<String> missions) {
        public List<String> months() {
            List<String> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(m.toString());
            }
            return months;
        }
    }

    /** The counts of every table, in the order asked, and how many records they were counted from. */
    public record Counted(List<TableData> tables, long records) {
    }

    private TableCounts() {
    }

    public static Counted count(Connection connection, List<TableRequest> tables, Scope scope) throws SQLException {
        Map<Population, List<TableRequest>> byPopulation = new LinkedHashMap<>();
        tables.forEach(t -> byPopulation.computeIfAbsent(t.population(), p -> new ArrayList<>()).add(t));
        Map<String, TableData> counted = new LinkedHashMap<>();
        long records = 0;
        for (Map.Entry<Population, List<TableRequest>> entry : byPopulation.entrySet()) {
            records += countPopulation(connection, entry.getKey(), entry.getValue(), scope, counted);
        }
        return new Counted(tables.stream().map(t -> counted.get(t.id())).toList(), records);
    }

    /** One scan of the population: the inner cells of each of its tables (a grouping set each). */
    private static long countPopulation(Connection connection, Population population, List<TableRequest> tables,
                                        Scope scope, Map<String, TableData> counted) throws SQLException {
        List<Population.Dim> used = new ArrayList<>(new LinkedHashSet<>(
                tables.stream().flatMap(t -> t.dims().stream()).toList()));
        StringBuilder sql = new StringBuilder("select grouping(");
        for (int i = 0; i < used.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("d").append(i);
        }
        sql.append(") as g");
        for (int i = 0; i < used.size(); i++) {
            sql.append(", d").append(i);
        }
        sql.append(", count(*) from (select ");
        for (int i = 0; i < used.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(used.get(i).sql()).append(" as d").append(i);
        }
        sql.append(" from cdr_record where case_type = ? and event_month between ? and ?")
                .append(" and (cardinality(?::varchar[]) = 0 or mission = any(?::varchar[])) and (")
                .append(population.condition()).append(")) r group by grouping sets (");
        Set<Integer> maskSeen = new TreeSet<>();
        List<Integer> masks = new ArrayList<>();
        for (TableRequest table : tables) {
            int mask = mask(used, table);
            masks.add(mask);
            if (maskSeen.add(mask)) {
                sql.append(maskSeen.size() == 1 ? "(" : ", (");
                List<String> columns = new ArrayList<>();
                for (Population.Dim dim : table.dims()) {
                    columns.add("d" + used.indexOf(dim));
                }
                sql.append(String.join(", ", columns)).append(')');
            }
        }
        sql.append(')');
        // grouping set mask → the inner counts of its tables
        Map<Integer, Map<List<String>, Long>> bySet = new LinkedHashMap<>();
        masks.forEach(m -> bySet.put(m, new LinkedHashMap<>()));
        Map<Integer, Long> totalBySet = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            String[] missions = scope.missions().toArray(String[]::new);
            statement.setString(1, population.caseType());
            statement.setDate(2, Date.valueOf(scope.from().atDay(1)));
            statement.setDate(3, Date.valueOf(scope.to().atDay(1)));
            statement.setArray(4, connection.createArrayOf("varchar", missions));
            statement.setArray(5, connection.createArrayOf("varchar", missions));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    int notGrouped = rs.getInt(1);
                    // grouping() sets a bit for each column NOT in the set; the table's mask has a bit for each column in it
                    int mask = ~notGrouped & ((1 << used.size()) - 1);
                    Map<List<String>, Long> cells = bySet.get(mask);
                    if (cells == null) {
                        continue;
                    }
                    List<String> key = new ArrayList<>();
                    for (int i = 0; i < used.size(); i++) {
                        if ((mask & bit(used.size(), i)) != 0) {
                            key.add(rs.getString(2 + i));
                        }
                    }
                    long count = rs.getLong(2 + used.size());
                    cells.put(key, count);
                    totalBySet.merge(mask, count, Long::sum);
                }
            }
        }
        for (int t = 0; t < tables.size(); t++) {
            TableRequest table = tables.get(t);
            Map<List<String>, Long> inSetOrder = bySet.get(masks.get(t));
            counted.put(table.id(), tableData(table, used, inSetOrder, scope));
        }
        return totalBySet.values().stream().findFirst().orElse(0L);
    }

    /** The grouping bit of column i among n: grouping(d0..dn-1) gives d0 the highest bit. */
    private static int bit(int n, int i) {
        return 1 << (n - 1 - i);
    }

    private static int mask(List<Population.Dim> used, TableRequest table) {
        int mask = 0;
        for (Population.Dim dim : table.dims()) {
            mask |= bit(used.size(), used.indexOf(dim));
        }
        return mask;
    }

    /** The table's inner cells keyed in its own dimension order, and each dimension's categories. */
    private static TableData tableData(TableRequest table, List<Population.Dim> used,
                                       Map<List<String>, Long> inSetOrder, Scope scope) {
        List<Population.Dim> dims = table.dims();
        // position of each of the table's dimensions in the set's key (the set's key follows `used` order)
        List<Population.Dim> setOrder = used.stream().filter(dims::contains).toList();
        int[] position = dims.stream().mapToInt(setOrder::indexOf).toArray();
        List<Set<String>> categories = new ArrayList<>();
        dims.forEach(d -> categories.add(new TreeSet<>()));
        Map<List<String>, Long> inner = new LinkedHashMap<>();
        inSetOrder.forEach((key, count) -> {
            List<String> cell = new ArrayList<>();
            for (int i = 0; i < dims.size(); i++) {
                String value = key.get(position[i]);
                cell.add(value);
                categories.get(i).add(value);
            }
            inner.put(List.copyOf(cell), count);
        });
        List<Dimension> dimensions = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            Population.Dim dim = dims.get(i);
            // a dimension of a table with no record in the period still has a category: "unknown", counting 0
            List<String> values = dim.isMonth() ? scope.months()
                    : categories.get(i).isEmpty() ? List.of(Population.UNKNOWN) : List.copyOf(categories.get(i));
            dimensions.add(new Dimension(dim.id(), values, dim.sensitive()));
        }
        TableSpec spec = new TableSpec(table.id(), table.population().id(), dimensions, table.threshold(),
                table.roundingBase());
        return new TableData(spec, scope.months(), inner);
    }
}
