package org.camino.web.view.imports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.camino.imports.boundary.CaseImports;
import org.camino.imports.boundary.ImportRejectedException;
import org.camino.imports.boundary.ImportRequest;
import org.camino.imports.boundary.ImportViews.ImportReport;
import org.camino.imports.boundary.ImportViews.ImportStatus;
import org.camino.imports.boundary.ImportViews.RowDuplicate;
import org.camino.imports.boundary.ImportViews.RowProblem;
import org.camino.imports.boundary.ImportViews.TemplateFile;
import org.camino.platform.errors.InvalidFileException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.RefusedException;
import org.camino.web.view.FileDownloads;
import org.camino.web.view.Messages;
import org.camino.web.view.Navigation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs /cases/import.xhtml: templates, upload, the dry run's report (problems
 * by row and column; likely duplicates, each to skip or import anyway), the
 * import with its progress, and the mission's latest imports.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseImports imports;

    @Inject
    transient Navigation navigation;

    private String mission;
    private String type;
    private transient Part upload;
    /** The checked file, kept by the view between the dry run and the import. */
    private byte[] content;
    private String fileName;
    private ImportReport report;
    private final Map<Integer, String> decisions = new HashMap<>();
    private ImportStatus current;
    private List<ImportStatus> recent = List.of();

    @PostConstruct
    void load() {
        List<String> missions = navigation.getImportMissions();
        mission = missions.isEmpty() ? null : missions.get(0);
        List<String> types = navigation.getCreatableTypes();
        type = types.isEmpty() ? null : types.get(0);
        refreshRecent();
    }

    public void downloadCsv() throws IOException {
        download("csv");
    }

    public void downloadXlsx() throws IOException {
        download("xlsx");
    }

    private void download(String format) throws IOException {
        TemplateFile file = imports.template(type, format, locale());
        FileDownloads.send(file.fileName(), file.contentType(), file.content());
    }

    /** Reads the uploaded file and checks it; nothing is saved. */
    public void check() {
        report = null;
        current = null;
        decisions.clear();
        if (upload == null || upload.getSize() == 0) {
            fileError(ImportTexts.fileMessage(new InvalidFileException("import.file.empty"), locale()));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes(CaseImports.MAX_BYTES + 1);
            fileName = upload.getSubmittedFileName();
            report = imports.dryRun(new ImportRequest(mission, type, fileName, content, List.of(), List.of()));
            report.duplicates().forEach(d -> decisions.put(d.row(), "skip"));
            if (report.alreadyImported() != null) {
                Messages.error(null, "import.alreadyImported");
            } else if (report.importable() && report.duplicates().isEmpty()) {
                Messages.info("import.checked.ok", report.rows());
            }
        } catch (InvalidFileException refused) {
            fileError(ImportTexts.fileMessage(refused, locale()));
        } catch (InvalidInputException invalid) {
            Messages.show("import", invalid);
        } catch (IOException e) {
            fileError(ImportTexts.fileMessage(new InvalidFileException("import.file.xlsxUnreadable"), locale()));
        }
    }

    /** Imports the checked file with the user's decisions on the likely duplicates. */
    public void start() {
        if (content == null || report == null || !report.importable()) {
            return;
        }
        List<Integer> skip = new ArrayList<>();
        List<Integer> confirm = new ArrayList<>();
        decisions.forEach((row, decision) -> ("confirm".equals(decision) ? confirm : skip).add(row));
        try {
            current = imports.start(new ImportRequest(mission, type, fileName, content, skip, confirm));
            content = null;
            report = null;
            Messages.info("import.started", current.rowsTotal());
            refreshRecent();
        } catch (ImportRejectedException rejected) {
            report = rejected.report();
        } catch (InvalidFileException refused) {
            fileError(ImportTexts.fileMessage(refused, locale()));
        } catch (RefusedException refused) {
            Messages.error(null, refused.messageKey());
        } catch (InvalidInputException invalid) {
            Messages.show("import", invalid);
        }
    }

    /** The poll, every 2 s while the import runs. */
    public void refresh() {
        if (current != null) {
            current = imports.status(current.id());
        }
        refreshRecent();
    }

    private void refreshRecent() {
        recent = mission == null ? List.of() : imports.recent(mission);
    }

    private static void fileError(String text) {
        FacesContext.getCurrentInstance().addMessage("import:file",
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public String problemMessage(RowProblem problem) {
        return ImportTexts.problemMessage(problem, locale());
    }

    public String matches(RowDuplicate duplicate) {
        List<String> parts = new ArrayList<>();
        duplicate.matches().forEach(m -> parts.add(m.caseNumber() + " (" + m.matchedOn() + ")"));
        duplicate.sameAsRows().forEach(r -> parts.add(Messages.text("import.duplicate.sameAsRow", r)));
        return String.join(", ", parts);
    }

    public boolean isRunning() {
        return current != null && "IMPORTING".equals(current.status());
    }

    public int getPercent() {
        return current == null || current.rowsTotal() == 0 ? 0 : current.rowsDone() * 100 / current.rowsTotal();
    }

    public List<String> getMissions() { return navigation.getImportMissions(); }
    public List<String> getTypes() { return navigation.getCreatableTypes(); }
    public String getMission() { return mission; }
    public void setMission(String mission) { this.mission = mission; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public ImportReport getReport() { return report; }
    public Map<Integer, String> getDecisions() { return decisions; }
    public ImportStatus getCurrent() { return current; }
    public List<ImportStatus> getRecent() { return recent; }
    public String getFileName() { return fileName; }
}
