package org.camino.web.view.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.ConflictException;
import org.camino.reporting.boundary.MonthlyReport;
import org.camino.reporting.boundary.MonthlyReports;
import org.camino.reporting.boundary.ReportCatalogue;
import org.camino.reporting.boundary.ReportFile;
import org.camino.reporting.boundary.ReportRequest;
import org.camino.reporting.boundary.ReportView;
import org.camino.reporting.boundary.Reports;
import org.camino.reporting.boundary.SavedReport;
import org.camino.reporting.boundary.SavedReportForm;
import org.camino.reporting.boundary.SavedReports;
import org.camino.web.view.BarChart;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.FileDownloads;
import org.camino.web.view.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Backs /reports.xhtml: choose a report, a period (month, quarter or year, or
 * from–to), missions, a breakdown and one filter; see the table and its
 * chart; export to CSV, XLSX or PDF; save the choice under a name and run a
 * saved one again ({@code ?saved=<id>}); download the missions' monthly
 * reports. The first request may name the choice as parameters
 * ({@code ?report=avrr-returns&period=2026-Q4&mission=KEN&by=sex}).
 * Who may see what is the service's business: a user who may run no report
 * gets the 403 page from the first call.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    SavedReports savedReports;

    @Inject
    MonthlyReports monthlyReports;

    @Inject
    CodeLabels codes;

    private transient ReportCatalogue catalogue;
    private transient ReportView view;
    private String report;
    private String period = Year.now().toString();
    private String from;
    private String to;
    private List<String> missions = new ArrayList<>();
    private String by;
    private String filterDimension;
    private String filterValue;
    private String saveName;
    private transient List<SavedReport> saved;
    private transient List<MonthlyReport> monthly;

    @PostConstruct
    void open() {
        catalogue = reports.catalogue(language());
        if (FacesContext.getCurrentInstance().isPostback()) {
            report = catalogue.reports().isEmpty() ? null : catalogue.reports().get(0).id();
            return; // a postback's parameters are the form's (its own id among them), applied by Faces
        }
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        report = first(parameters, "report");
        if (report == null && !catalogue.reports().isEmpty()) {
            report = catalogue.reports().get(0).id();
        }
        if (parameters.containsKey("period") || parameters.containsKey("from")) {
            period = first(parameters, "period");
            from = first(parameters, "from");
            to = first(parameters, "to");
        }
        if (parameters.containsKey("mission")) {
            missions = new ArrayList<>(List.of(parameters.get("mission")));
        }
        by = first(parameters, "by");
        String savedId = first(parameters, "saved");
        if (savedId != null && savedId.matches("[0-9]{1,18}")) {
            runSaved(Long.parseLong(savedId));
        } else if (report != null) {
            run();
        }
    }

    /** Fills the form with a saved report and runs it (with the permissions the user holds now). */
    private void runSaved(long id) {
        try {
            SavedReport chosen = savedReports.get(id, language());
            report = chosen.report();
            period = chosen.period();
            from = chosen.from();
            to = chosen.to();
            missions = new ArrayList<>(chosen.missions());
            by = chosen.by();
            chosen.filters().entrySet().stream().findFirst().ifPresent(f -> {
                filterDimension = f.getKey();
                filterValue = f.getValue();
            });
            saveName = chosen.name();
            view = savedReports.run(id, language());
        } catch (InvalidInputException e) {
            view = null;
            Messages.show("report", e);
        } catch (NotFoundException e) {
            view = null;
            Messages.error("report:report", "reports.notFound");
        }
    }

    /** Saves the form's choice under the name typed. */
    public void saveAs() {
        try {
            SavedReport made = savedReports.save(new SavedReportForm(saveName, report, period, from, to, missions,
                    request().by(), request().filters()), language());
            saved = null;
            Messages.info("reports.saved", made.name());
            run(); // the report stays on the page
        } catch (InvalidInputException e) {
            Messages.show("report", e);
        } catch (NotFoundException e) {
            Messages.error("report:report", "reports.notFound");
        }
    }

    public void deleteSaved(long id, long version) {
        try {
            savedReports.delete(id, version);
        } catch (NotFoundException | ConflictException e) {
            Messages.error(null, "reports.notFound");
        }
        saved = null;
    }

    /** The user's saved reports. */
    public List<SavedReport> getSaved() {
        if (saved == null) {
            saved = savedReports.list(language());
        }
        return saved;
    }

    /** True where the user reports on missions of this server (not at HQ): they have monthly reports. */
    public boolean isMonthlyOffered() {
        return "MISSION".equals(getCatalogue().source());
    }

    /** The stored monthly reports of the user's missions. */
    public List<MonthlyReport> getMonthly() {
        if (monthly == null) {
            monthly = isMonthlyOffered() ? monthlyReports.list(null) : List.of();
        }
        return monthly;
    }

    public void downloadMonthly(long id) throws IOException {
        send(monthlyReports.download(id));
    }

    /** Shows the report; a malformed choice is shown beside its field. */
    public void run() {
        try {
            view = reports.run(request());
            by = view.by();
        } catch (InvalidInputException e) {
            view = null;
            Messages.show("report", e);
        } catch (NotFoundException e) {
            view = null;
            Messages.error("report:report", "reports.notFound");
        }
    }

    /** The report changed: its own breakdowns and filters. */
    public void reportChanged() {
        by = null;
        filterDimension = null;
        filterValue = null;
    }

    public void exportCsv() throws IOException {
        export("csv");
    }

    public void exportXlsx() throws IOException {
        export("xlsx");
    }

    public void exportPdf() throws IOException {
        export("pdf");
    }

    private void export(String format) throws IOException {
        ReportFile file;
        try {
            file = reports.export(request(), format);
        } catch (InvalidInputException e) {
            Messages.show("report", e);
            return;
        }
        send(file);
    }

    private static void send(ReportFile file) throws IOException {
        FileDownloads.send(file.filename(), file.contentType(), file.content());
    }

    private ReportRequest request() {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filterDimension != null && !filterDimension.isBlank()) {
            filters.put(filterDimension, filterValue == null ? "" : filterValue);
        }
        String breakdown = getDimensions().stream().anyMatch(d -> d.id().equals(by)) ? by : null;
        return new ReportRequest(report, period, from, to, missions, breakdown, filters, language());
    }

    /** The chosen report's breakdowns. */
    public List<ReportView.Dimension> getDimensions() {
        return getCatalogue().reports().stream().filter(r -> r.id().equals(report)).findFirst()
                .map(ReportCatalogue.Entry::dimensions).orElse(List.of());
    }

    /** Code list of each breakdown whose values are codes; "status" and "code" are read below. */
    private static final Map<String, String> LISTS = Map.of("sex", "SEX", "ageBand", "AGE_BAND",
            "nationality", "COUNTRY", "originCountry", "COUNTRY", "destinationCountry", "COUNTRY",
            "caseType", "CASE_TYPE", "reason", "CASE_CLOSURE_REASON");
    /** The list of the programme code ("code") each report counts. */
    private static final Map<String, String> PROGRAMME_LISTS = Map.of(
            "avrr-reintegration", "REINTEGRATION_ASSISTANCE", "avrr-monitoring", "MONITORING_VISIT",
            "health-assessments", "HEALTH_OUTCOME", "trafficking-events", "TRAFFICKING_EVENT_TYPE",
            "trafficking-support", "SUPPORT_PLAN_TYPE");

    /** A row's value as users read it: the code's label in their language (months, bands and names as they are). */
    public String valueLabel(String value) {
        if (view == null || value == null || value.isBlank()) {
            return value;
        }
        if ("status".equals(view.by())) {
            return codes.status(value);
        }
        String list = "code".equals(view.by()) ? PROGRAMME_LISTS.get(view.report()) : LISTS.get(view.by());
        if (list == null) {
            return value;
        }
        String label = codes.label(list, value);
        // nationality may be a special value (stateless, unknown) rather than a country
        return label.equals(value) && "nationality".equals(view.by()) ? codes.label("NATIONALITY_SPECIAL", value) : label;
    }

    /** Figures by value of the breakdown, one bar series per mission: a Chart.js bar chart. */
    public String getChart() {
        if (view == null) {
            return "{}";
        }
        TreeSet<String> values = new TreeSet<>();
        Map<String, Map<String, Long>> byMission = new LinkedHashMap<>();
        for (ReportView.Row row : view.rows()) {
            values.add(row.value());
            byMission.computeIfAbsent(row.mission(), m -> new LinkedHashMap<>()).put(row.value(), row.count());
        }
        boolean stacked = !"DAYS".equals(view.unit()); // counts pile up by mission; medians stand side by side
        return BarChart.json(values, byMission, this::valueLabel, stacked);
    }

    private ReportCatalogue getCatalogue() {
        if (catalogue == null) {
            catalogue = reports.catalogue(language());
        }
        return catalogue;
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot() == null ? "en"
                : FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].trim();
    }

    /** The missions the report counted, for the line under its title. */
    public String getMissionsText() {
        return view == null ? "" : String.join(", ", view.missions());
    }

    public List<ReportCatalogue.Entry> getReports() { return getCatalogue().reports(); }
    public List<String> getMissionChoices() { return getCatalogue().missions(); }
    public ReportView getView() { return view; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public List<String> getMissions() { return missions; }
    public void setMissions(List<String> missions) { this.missions = missions == null ? new ArrayList<>() : missions; }
    public String getBy() { return by; }
    public void setBy(String by) { this.by = by; }
    public String getFilterDimension() { return filterDimension; }
    public void setFilterDimension(String filterDimension) { this.filterDimension = filterDimension; }
    public String getFilterValue() { return filterValue; }
    public String getSaveName() { return saveName; }
    public void setSaveName(String saveName) { this.saveName = saveName; }
    public void setFilterValue(String filterValue) { this.filterValue = filterValue; }
}
