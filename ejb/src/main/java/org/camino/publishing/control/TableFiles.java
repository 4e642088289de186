package org.camino.publishing.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A published table as open data: CSV, JSON and SDMX-CSV 2.0. Only published
 * figures go out: the rounded count or nothing for a suppressed cell, with its
 * confidentiality status (F free, A primary, D secondary suppression); never a
 * true count. Cells not listed are zeros. Totals carry the code {@code _T}.
 */
public final class TableFiles {

    public enum Format {
        CSV("csv", "text/csv;charset=UTF-8"), JSON("json", "application/json;charset=UTF-8"),
        SDMX_CSV("sdmx.csv", "application/vnd.sdmx.data+csv;version=2.0.0;charset=UTF-8");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** The release a table belongs to, as the files name it. */
    public record Release(String series, int version, String title, String from, String to) {
    }

    private TableFiles() {
    }

    public static byte[] write(Format format, Release release, String title, ProtectedTable table) {
        return switch (format) {
            case CSV -> csv(table);
            case JSON -> json(release, title, table);
            case SDMX_CSV -> sdmx(release, table);
        };
    }

    public static String fileName(Format format, Release release, ProtectedTable table) {
        return release.series() + "-v" + release.version() + "-" + table.spec().id() + "." + format.extension();
    }

    /** The SDMX dataflow of a table: agency CAMINO, id DF_ + the table id, version = the release version. */
    public static String dataflow(Release release, ProtectedTable table) {
        return "CAMINO:DF_" + table.spec().id().toUpperCase(Locale.ROOT).replace('-', '_') + "(" + release.version() + ".0)";
    }

    /** SDMX's name for a dimension: the month is TIME_PERIOD, the others in upper snake case. */
    public static String sdmxDimension(String dimension) {
        if (dimension.equals(Dimension.MONTH)) {
            return "TIME_PERIOD";
        }
        return dimension.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static byte[] csv(ProtectedTable table) {
        List<String> header = new ArrayList<>(names(table));
        header.add("value");
        header.add("status");
        return print(header, table, false);
    }

    private static byte[] sdmx(Release release, ProtectedTable table) {
        List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        names(table).forEach(d -> header.add(sdmxDimension(d)));
        header.add("OBS_VALUE");
        header.add("CONF_STATUS");
        return print(header, table, true, "dataflow", dataflow(release, table), "I");
    }

    private static byte[] print(List<String> header, ProtectedTable table, boolean sdmx, String... leading) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
                .setHeader(header.toArray(String[]::new)).get())) {
            for (ProtectedCell cell : table.cells()) {
                List<Object> row = new ArrayList<>(List.of((Object[]) leading));
                row.addAll(cell.codes());
                row.add(cell.published() == null ? "" : cell.published());
                row.add(ReleaseJson.status(cell.status()));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(Release release, String title, ProtectedTable table) {
        JsonArrayBuilder dimensions = Json.createArrayBuilder();
        for (Dimension d : table.spec().dimensions()) {
            dimensions.add(Json.createObjectBuilder().add("id", d.name()).add("categories", Json.createArrayBuilder(d.categories())));
        }
        JsonArrayBuilder observations = Json.createArrayBuilder();
        List<String> names = names(table);
        for (ProtectedCell cell : table.cells()) {
            JsonObjectBuilder codes = Json.createObjectBuilder();
            for (int i = 0; i < names.size(); i++) {
                codes.add(names.get(i), cell.codes().get(i));
            }
            JsonObjectBuilder observation = Json.createObjectBuilder().add("dimensions", codes);
            if (cell.published() == null) {
                observation.addNull("value");
            } else {
                observation.add("value", cell.published());
            }
            observations.add(observation.add("status", ReleaseJson.status(cell.status())));
        }
        return Json.createObjectBuilder()
                .add("release", Json.createObjectBuilder().add("series", release.series()).add("version", release.version())
                        .add("title", release.title()).add("from", release.from()).add("to", release.to()))
                .add("table", Json.createObjectBuilder().add("id", table.spec().id()).add("title", title)
                        .add("population", table.spec().population()).add("threshold", table.spec().threshold())
                        .add("roundingBase", table.spec().roundingBase()))
                .add("notes", "Cells not listed are 0. _T is a total. status: F published, A suppressed (small count),"
                        + " D suppressed (to protect another cell). Counts are rounded to a multiple of roundingBase,"
                        + " each on its own, so totals may differ from the sum of their rounded parts.")
                .add("dimensions", dimensions).add("observations", observations).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(ProtectedTable table) {
        return table.spec().dimensions().stream().map(Dimension::name).toList();
    }
}
