package org.camino.publishing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.camino.publishing.control.AuditReport;
import org.camino.publishing.control.CellStatus;
import org.camino.publishing.control.Population;
import org.camino.publishing.control.ProtectedCell;
import org.camino.publishing.control.ProtectedTable;
import org.camino.publishing.control.ReleaseJson;
import org.camino.publishing.control.ReleaseRecord;
import org.camino.publishing.control.ReleaseStore;
import org.camino.publishing.control.TableRequest;
import org.camino.security.control.AccessControl;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Releases as views. HQ staff see the true count of each cell beside the
 * published one, except a suppressed counter-trafficking cell (nobody at HQ
 * reads victims' cases; the audit interval is what they need); open data
 * never carries a true count.
 */
@ApplicationScoped
class ReleaseViews {

    @Inject
    ReleaseStore store;

    @Inject
    AccessControl accessControl;

    /** For HQ staff ({@code caller} signed in): workflow, who did what, audit; tables only if asked. */
    ReleaseView staff(ReleaseRecord r, String language, boolean withTables, String caller) {
        return view(r, language, withTables, true, caller);
    }

    /** For anyone: a published release (with its published figures if asked), nothing about the people behind it. */
    ReleaseView open(ReleaseRecord r, String language, boolean withTables) {
        return view(r, language, withTables, false, null);
    }

    private ReleaseView view(ReleaseRecord r, String language, boolean withTables, boolean hqStaff, String caller) {
        PublishingTexts texts = PublishingTexts.of(language);
        List<TableView> tables = withTables
                ? store.tables(r.id()).stream().map(t -> table(t.title(), t.table(), texts, hqStaff)).toList()
                : List.of();
        ReleaseView.AuditView audit = hqStaff && withTables ? store.audit(r.id()).map(a -> audit(a, r)).orElse(null) : null;
        boolean draft = ReleaseRecord.DRAFT.equals(r.status());
        boolean mayPublish = hqStaff && draft && Boolean.TRUE.equals(r.auditPassed()) && !r.draftedBy().equals(caller)
                && accessControl.isPermitted("publication:publish");
        boolean mayReject = hqStaff && draft && accessControl.isPermitted("publication:review");
        boolean mayDiscard = hqStaff && draft && accessControl.isPermitted("publication:draft");
        int percent = r.buildTotal() == 0 ? 0 : (int) Math.min(100, 100 * r.buildDone() / r.buildTotal());
        return new ReleaseView(r.id(), r.series(), r.version(), r.title(), r.methodology(), r.from().toString(),
                r.to().toString(), r.missions(), r.status(), r.correctsVersion(), r.supersededBy(),
                hqStaff ? r.draftedBy() : null, r.draftedAt(),
                new ReleaseView.Progress(r.buildStep(), r.buildDone(), r.buildTotal(), percent),
                hqStaff ? r.buildError() : null, r.recordsCounted(), r.auditPassed(), hqStaff ? r.reviewedBy() : null,
                r.reviewedAt(), hqStaff ? r.reviewNote() : null, r.publishedAt(), r.rowVersion(), tables,
                withTables ? store.extract(r.id()).map(e -> extract(e.json())).orElse(null) : null, audit,
                mayPublish, mayReject, mayDiscard);
    }

    static TableView table(String title, ProtectedTable table, PublishingTexts texts, boolean hqStaff) {
        Population population = Population.byId(table.spec().population()).orElseThrow();
        boolean trafficking = population.counterTrafficking();
        List<TableView.DimensionView> dimensions = table.spec().dimensions().stream()
                .map(d -> new TableView.DimensionView(d.name(), texts.dimension(d.name()),
                        population.dimension(d.name()).map(Population.Dim::codeList).orElse(null), d.sensitive(),
                        d.categories())).toList();
        List<TableView.CellView> cells = table.cells().stream().map(c -> new TableView.CellView(c.codes(),
                trueValue(c, hqStaff, trafficking), c.published(), ReleaseJson.status(c.status()))).toList();
        int primary = (int) table.cells().stream().filter(c -> c.status() == CellStatus.PRIMARY).count();
        int secondary = (int) table.cells().stream().filter(c -> c.status() == CellStatus.SECONDARY).count();
        return new TableView(table.spec().id(), texts.text(title), population.id(),
                texts.text("population." + population.id() + ".unit"), dimensions, table.months(),
                table.spec().threshold(), table.spec().roundingBase(), cells, primary, secondary);
    }

    /** The extract's report of what protecting it cost, from the JSON kept with it. */
    static ExtractView extract(String json) {
        JsonObject loss;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            loss = reader.readObject().getJsonObject("informationLoss");
        }
        List<ExtractView.Variable> variables = loss.getJsonArray("variables").getValuesAs(JsonObject.class).stream()
                .map(v -> new ExtractView.Variable(v.getString("column"), v.getString("role"), v.getString("levelName"),
                        v.getInt("distinctBefore"), v.getInt("distinctAfter"))).toList();
        return new ExtractView(loss.getInt("k"), loss.getInt("l"), loss.getInt("inputRecords"),
                loss.getInt("releasedRecords"), loss.getInt("suppressedRecords"), loss.getInt("groups"),
                loss.getInt("smallestGroup"), variables);
    }

    private static Long trueValue(ProtectedCell cell, boolean hqStaff, boolean trafficking) {
        if (!hqStaff || (trafficking && cell.status() != CellStatus.FREE)) {
            return null;
        }
        return cell.value();
    }

    private static ReleaseView.AuditView audit(AuditReport audit, ReleaseRecord release) {
        // the counter-trafficking tables of the release, read once (not once per suppressed cell)
        Set<String> trafficking = ReleaseJson.tables(release.request()).stream()
                .filter(t -> t.population().counterTrafficking()).map(TableRequest::id).collect(Collectors.toSet());
        List<ReleaseView.AuditCell> cells = audit.cells().stream().map(c -> new ReleaseView.AuditCell(c.tableId(),
                c.codes(), trafficking.contains(c.tableId()) ? null : c.value(), ReleaseJson.status(c.status()),
                finite(c.lower()), finite(c.upper()), c.requiredLower(), c.requiredUpper(), c.safe(), c.reason())).toList();
        return new ReleaseView.AuditView(audit.passed(), audit.problems(), cells);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
