package org.camino.publishing.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The extract as files: CSV (a header line, then one line per released row,
 * no comment lines, so any CSV reader takes it as is) and JSON (the rows and
 * the information-loss report together).
 */
public final class CtMicrodataWriter {

    private CtMicrodataWriter() {
    }

    /** The released rows as CSV with a header line; the writer is flushed, not closed. */
    public static void csv(CtMicrodata extract, Writer out) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(extract.columns().toArray(String[]::new)).get();
        try {
            CSVPrinter csv = new CSVPrinter(out, format);
            for (Map<String, String> row : extract.rows()) {
                for (String column : extract.columns()) {
                    csv.print(row.get(column));
                }
                csv.println();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extract as JSON: {@code columns}, {@code records} (objects by column) and {@code informationLoss}. */
    public static JsonObject json(CtMicrodata extract) {
        JsonArrayBuilder columns = Json.createArrayBuilder();
        extract.columns().forEach(columns::add);
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (Map<String, String> row : extract.rows()) {
            JsonObjectBuilder record = Json.createObjectBuilder();
            extract.columns().forEach(column -> record.add(column, row.get(column)));
            records.add(record);
        }
        return Json.createObjectBuilder().add("columns", columns).add("records", records)
                .add("informationLoss", json(extract.loss())).build();
    }

    /** {@link #json(CtMicrodata)} written out; the writer is flushed, not closed. */
    public static void json(CtMicrodata extract, Writer out) {
        JsonWriter json = Json.createWriter(out);
        json.writeObject(json(extract));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(CtMicrodata.InformationLoss loss) {
        JsonArrayBuilder variables = Json.createArrayBuilder();
        for (CtMicrodata.VariableLoss v : loss.variables()) {
            variables.add(Json.createObjectBuilder().add("column", v.column())
                    .add("role", v.sensitive() ? "sensitive" : "quasi-identifier")
                    .add("level", v.level()).add("height", v.height()).add("levelName", v.levelName())
                    .add("distinctBefore", v.distinctBefore()).add("distinctAfter", v.distinctAfter())
                    .add("lossMetric", v.lossMetric()));
        }
        return Json.createObjectBuilder().add("k", loss.k()).add("l", loss.l())
                .add("maxSuppressedShare", loss.maxSuppressedShare())
                .add("inputRecords", loss.inputRecords()).add("releasedRecords", loss.releasedRecords())
                .add("suppressedRecords", loss.suppressedRecords()).add("suppressedShare", loss.suppressedShare())
                .add("groups", loss.groups()).add("smallestGroup", loss.smallestGroup())
                .add("lossMetric", loss.lossMetric()).add("precision", loss.precision()).add("discernibility", loss.discernibility())
                .add("nodesSearched", loss.nodesSearched()).add("variables", variables).build();
    }
}
