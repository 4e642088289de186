package org.camino.publishing.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * How a release is kept in the database (JSON columns of
 * {@code publication_release} and {@code publication_table}): the tables asked
 * for, each protected table (definition and cells) and the audit report.
 * Cells that are plain zeros are not kept: a cell not listed is a published 0.
 */
public final class ReleaseJson {

    private ReleaseJson() {
    }

    /** The tables asked for, and whether the counter-trafficking microdata extract is. */
    public static String request(List<TableRequest> tables, boolean ctExtract) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (TableRequest t : tables) {
            array.add(Json.createObjectBuilder().add("id", t.id()).add("title", t.title())
                    .add("population", t.population().id()).add("dimensions", Json.createArrayBuilder(t.dimensions()))
                    .add("threshold", t.threshold()).add("roundingBase", t.roundingBase()));
        }
        return Json.createObjectBuilder().add("tables", array).add("ctExtract", ctExtract).build().toString();
    }

    public static boolean ctExtract(String request) {
        return parse(request).getBoolean("ctExtract", false);
    }

    public static List<TableRequest> tables(String request) {
        List<TableRequest> tables = new ArrayList<>();
        for (JsonValue value : parse(request).getJsonArray("tables")) {
            JsonObject t = value.asJsonObject();
            tables.add(new TableRequest(t.getString("id"), t.getString("title"),
                    Population.byId(t.getString("population")).orElseThrow(), strings(t.getJsonArray("dimensions")),
                    t.getInt("threshold"), t.getInt("roundingBase")));
        }
        return tables;
    }

    /** A table's definition: its id, what it counts, its dimensions and categories, months, threshold and rounding. */
    public static String definition(ProtectedTable table, String title) {
        JsonArrayBuilder dimensions = Json.createArrayBuilder();
        for (Dimension d : table.spec().dimensions()) {
            dimensions.add(Json.createObjectBuilder().add("id", d.name())
                    .add("categories", Json.createArrayBuilder(d.categories())).add("sensitive", d.sensitive()));
        }
        return Json.createObjectBuilder().add("id", table.spec().id()).add("title", title)
                .add("population", table.spec().population()).add("dimensions", dimensions)
                .add("months", Json.createArrayBuilder(table.months())).add("threshold", table.spec().threshold())
                .add("roundingBase", table.spec().roundingBase()).build().toString();
    }

    /** The cells worth keeping: every cell that is not a published zero. */
    public static String cells(ProtectedTable table) {
        JsonArrayBuilder cells = Json.createArrayBuilder();
        for (ProtectedCell c : table.cells()) {
            if (c.value() == 0 && c.status() == CellStatus.FREE) {
                continue;
            }
            JsonArrayBuilder cell = Json.createArrayBuilder().add(Json.createArrayBuilder(c.codes())).add(c.value());
            if (c.published() == null) {
                cell.addNull();
            } else {
                cell.add(c.published());
            }
            cells.add(cell.add(status(c.status())));
        }
        return cells.build().toString();
    }

    /** A stored table back as the engine's table (for the audit of later releases) and for display. */
    public static ProtectedTable table(String definition, String cells) {
        JsonObject d = parse(definition);
        List<Dimension> dimensions = new ArrayList<>();
        for (JsonValue value : d.getJsonArray("dimensions")) {
            JsonObject dim = value.asJsonObject();
            dimensions.add(new Dimension(dim.getString("id"), strings(dim.getJsonArray("categories")),
                    dim.getBoolean("sensitive")));
        }
        TableSpec spec = new TableSpec(d.getString("id"), d.getString("population"), dimensions,
                d.getInt("threshold"), d.getInt("roundingBase"));
        List<ProtectedCell> list = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(cells))) {
            for (JsonValue value : reader.readArray()) {
                JsonArray c = value.asJsonArray();
                Long published = c.isNull(2) ? null : c.getJsonNumber(2).longValue();
                list.add(new ProtectedCell(strings(c.getJsonArray(0)), c.getJsonNumber(1).longValue(), published,
                        status(c.getString(3))));
            }
        }
        return new ProtectedTable(spec, strings(d.getJsonArray("months")), list);
    }

    public static String title(String definition) {
        return parse(definition).getString("title");
    }

    /** The audit report as kept with the release: the verdict, the problems and every suppressed cell's interval. */
    public static String audit(AuditReport audit) {
        JsonArrayBuilder cells = Json.createArrayBuilder();
        for (CellAudit c : audit.cells()) {
            JsonObjectBuilder cell = Json.createObjectBuilder().add("table", c.tableId())
                    .add("codes", Json.createArrayBuilder(c.codes())).add("value", c.value())
                    .add("status", status(c.status()));
            // an unbounded side (no published figure limits it) is left out: JSON has no infinity
            if (Double.isFinite(c.lower())) {
                cell.add("lower", c.lower());
            }
            if (Double.isFinite(c.upper())) {
                cell.add("upper", c.upper());
            }
            cells.add(cell.add("requiredLower", c.requiredLower())
                    .add("requiredUpper", c.requiredUpper()).add("safe", c.safe()).add("reason", c.reason()));
        }
        return Json.createObjectBuilder().add("passed", audit.passed())
                .add("problems", Json.createArrayBuilder(audit.problems())).add("cells", cells).build().toString();
    }

    public static AuditReport audit(String json) {
        JsonObject a = parse(json);
        List<CellAudit> cells = new ArrayList<>();
        for (JsonValue value : a.getJsonArray("cells")) {
            JsonObject c = value.asJsonObject();
            cells.add(new CellAudit(c.getString("table"), strings(c.getJsonArray("codes")),
                    c.getJsonNumber("value").longValue(), status(c.getString("status")), number(c, "lower"),
                    number(c, "upper"), c.getJsonNumber("requiredLower").longValue(),
                    c.getJsonNumber("requiredUpper").longValue(), c.getBoolean("safe"), c.getString("reason")));
        }
        return new AuditReport(a.getBoolean("passed"), cells, strings(a.getJsonArray("problems")));
    }

    /** SDMX CONF_STATUS: F free, A primary suppression, D secondary suppression. */
    public static String status(CellStatus status) {
        return switch (status) {
            case FREE -> "F";
            case PRIMARY -> "A";
            case SECONDARY -> "D";
        };
    }

    static CellStatus status(String code) {
        return switch (code) {
            case "A" -> CellStatus.PRIMARY;
            case "D" -> CellStatus.SECONDARY;
            default -> CellStatus.FREE;
        };
    }

    private static double number(JsonObject o, String name) {
        JsonNumber n = o.getJsonNumber(name);
        return n != null ? n.doubleValue() : name.equals("lower") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream()
                .map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : v.toString())
                .toList();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
