package org.camino.web.view.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.publishing.boundary.ExtractView;
import org.camino.publishing.boundary.ReleaseView;
import org.camino.publishing.boundary.TableView;
import org.camino.web.view.BarChart;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Formats;
import org.camino.web.view.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a published table reads: each code by its label in the user's language
 * ({@code _T} "Total", {@code _U} "Unknown", months as they are), and a chart
 * of the published totals along the table's first dimension. Used by the
 * release page, open data and the HQ dashboard alike.
 */
@Named("tableLabels")
@RequestScoped
public class TableLabels {

    static final String TOTAL = "_T";
    static final String UNKNOWN = "_U";

    @Inject
    CodeLabels codes;

    @Inject
    Formats formats;

    /** The label of the cell's code in dimension {@code index} of the table. */
    public String label(TableView table, int index, String code) {
        if (TOTAL.equals(code)) {
            return Messages.text("publishing.total");
        }
        if (UNKNOWN.equals(code)) {
            return Messages.text("publishing.unknown");
        }
        String list = table.dimensions().get(index).codeList();
        if (list == null) {
            return code;
        }
        String label = codes.label(list, code);
        // a nationality may be a special value (stateless) rather than a country
        return label.equals(code) && "COUNTRY".equals(list) ? codes.label("NATIONALITY_SPECIAL", code) : label;
    }

    /** The cell's codes as one line of labels, for a row of the table. */
    public String labels(TableView table, TableView.CellView cell) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cell.codes().size(); i++) {
            parts.add(label(table, i, cell.codes().get(i)));
        }
        return String.join(" · ", parts);
    }

    /** The table's dimensions by name, as the header of its cells: "Sex · Age band". */
    public String dimensionLabels(TableView table) {
        return String.join(" · ", table.dimensions().stream().map(TableView.DimensionView::label).toList());
    }

    /** What a table counts and how it is protected, in a sentence. */
    public String facts(TableView table) {
        return Messages.text("publishing.tableFacts", table.unit(), table.threshold(), table.roundingBase(),
                table.primary(), table.secondary());
    }

    /** A suppressed cell of the audit by its labels: "Eritrea · Female". */
    public String auditCell(ReleaseView release, ReleaseView.AuditCell cell) {
        return release.tables().stream().filter(t -> t.id().equals(cell.table())).findFirst()
                .map(t -> labels(t, new TableView.CellView(cell.codes(), null, null, cell.status()))).orElse(join(cell.codes()));
    }

    /** An interval of whole counts, "0 – 19"; an open upper end is "no limit". */
    public String interval(Number lower, Number upper) {
        String from = lower == null ? "0" : formats.number(Math.round(lower.doubleValue()));
        String to = upper == null ? Messages.text("publishing.noLimit") : formats.number(Math.round(upper.doubleValue()));
        return from + " – " + to;
    }

    /** What the extract releases and what protecting it cost, in a sentence. */
    public String extractSummary(ExtractView extract) {
        return Messages.text("publishing.extractSummary", extract.releasedRecords(), extract.inputRecords(),
                extract.suppressedRecords(), extract.k(), extract.l(), extract.groups(), extract.smallestGroup());
    }

    public String join(List<String> values) {
        return String.join(" · ", values);
    }

    /** The status of a cell in words: published, suppressed (small count), suppressed (protects another cell). */
    public String status(String status) {
        return Messages.text("publishing.status." + status);
    }

    /**
     * Published totals along the first dimension (every other dimension at its
     * total); a suppressed total is drawn as 0 and named so in the table.
     */
    public String chart(TableView table) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (TableView.CellView cell : table.cells()) {
            List<String> codes = cell.codes();
            boolean othersTotal = codes.subList(1, codes.size()).stream().allMatch(TOTAL::equals);
            if (othersTotal && !TOTAL.equals(codes.get(0)) && cell.published() != null) {
                values.put(codes.get(0), cell.published());
            }
        }
        List<String> categories = table.dimensions().get(0).categories().stream().filter(values::containsKey).toList();
        Map<String, Map<String, Long>> series = Map.of(table.unit(), values);
        return BarChart.json(categories, series, code -> label(table, 0, code), false);
    }
}
