package org.camino.web.view.publishing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.InvalidInputException;
import org.camino.publishing.boundary.DraftRequest;
import org.camino.publishing.boundary.PublicationCatalogue;
import org.camino.publishing.boundary.Publications;
import org.camino.publishing.boundary.ReleaseView;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backs /publishing/releases.xhtml: every release (drafts, published,
 * sent back) and, for analysts, the form that drafts a new one from standard
 * tables and tables they compose. Who may do what is the service's business.
 */
@Named
@ViewScoped
public class ReleasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Publications publications;

    private transient PublicationCatalogue catalogue;
    private transient List<ReleaseView> releases;
    private String series;
    private String title;
    private String methodology;
    private String from = YearMonth.now().minusMonths(3).toString();
    private String to = YearMonth.now().minusMonths(1).toString();
    private String missions;
    private List<String> standardTables = new ArrayList<>();
    private boolean ctExtract;
    private final List<DraftRequest.TableAsk> composed = new ArrayList<>();
    private String population;
    private List<String> dimensions = new ArrayList<>();
    private String tableId;
    private String tableTitle;

    @PostConstruct
    void open() {
        catalogue = publications.catalogue(language());
        if (population == null && !catalogue.populations().isEmpty()) {
            population = catalogue.populations().get(0).id();
        }
    }

    /** Adds a composed table to the draft (checked with the whole draft). */
    public void addTable() {
        composed.add(new DraftRequest.TableAsk(null, tableId, tableTitle, population, List.copyOf(dimensions), null, null));
        tableId = null;
        tableTitle = null;
        dimensions = new ArrayList<>();
    }

    public void removeTable(DraftRequest.TableAsk table) {
        composed.remove(table);
    }

    /** Drafts the release and opens it (its build progress shows there). */
    public String draft() {
        List<DraftRequest.TableAsk> tables = new ArrayList<>();
        standardTables.forEach(id -> tables.add(DraftRequest.TableAsk.standard(id)));
        tables.addAll(composed);
        List<String> missionCodes = missions == null || missions.isBlank() ? List.of()
                : Arrays.stream(missions.split("[,\\s]+")).filter(m -> !m.isBlank()).toList();
        try {
            ReleaseView draft = publications.draft(new DraftRequest(series, title, methodology, from, to, missionCodes,
                    tables, ctExtract), language());
            return "/publishing/release?faces-redirect=true&id=" + draft.id();
        } catch (InvalidInputException e) {
            // a table's problem shows beside the tables
            e.problems().forEach(p -> Messages.error("draft:" + (p.field().startsWith("tables") ? "tables" : p.field()),
                    p.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public void populationChanged() {
        dimensions = new ArrayList<>();
    }

    /** The dimensions of the population chosen for a composed table. */
    public List<PublicationCatalogue.DimensionEntry> getPopulationDimensions() {
        return getCatalogue().populations().stream().filter(p -> p.id().equals(population)).findFirst()
                .map(PublicationCatalogue.PopulationEntry::dimensions).orElse(List.of());
    }

    public String populationTitle(String id) {
        return getCatalogue().populations().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(PublicationCatalogue.PopulationEntry::title).orElse(id);
    }

    public String dimensionLabels(DraftRequest.TableAsk table) {
        return String.join(" × ", getCatalogue().populations().stream().filter(p -> p.id().equals(table.population()))
                .flatMap(p -> p.dimensions().stream()).filter(d -> table.dimensions().contains(d.id()))
                .map(PublicationCatalogue.DimensionEntry::label).toList());
    }

    public List<ReleaseView> getReleases() {
        if (releases == null) {
            releases = publications.releases(language());
        }
        return releases;
    }

    public PublicationCatalogue getCatalogue() {
        if (catalogue == null) {
            catalogue = publications.catalogue(language());
        }
        return catalogue;
    }

    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot() == null ? "en"
                : FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public List<DraftRequest.TableAsk> getComposed() { return composed; }
    public String getSeries() { return series; }
    public void setSeries(String series) { this.series = series; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMethodology() { return methodology; }
    public void setMethodology(String methodology) { this.methodology = methodology; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getMissions() { return missions; }
    public void setMissions(String missions) { this.missions = missions; }
    public List<String> getStandardTables() { return standardTables; }
    public void setStandardTables(List<String> standardTables) { this.standardTables = standardTables == null ? new ArrayList<>() : standardTables; }
    public boolean isCtExtract() { return ctExtract; }
    public void setCtExtract(boolean ctExtract) { this.ctExtract = ctExtract; }
    public String getPopulation() { return population; }
    public void setPopulation(String population) { this.population = population; }
    public List<String> getDimensions() { return dimensions; }
    public void setDimensions(List<String> dimensions) { this.dimensions = dimensions == null ? new ArrayList<>() : dimensions; }
    public String getTableId() { return tableId; }
    public void setTableId(String tableId) { this.tableId = tableId; }
    public String getTableTitle() { return tableTitle; }
    public void setTableTitle(String tableTitle) { this.tableTitle = tableTitle; }
}
