package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseListExport;
import org.camino.cases.boundary.CaseListExportRequest;
import org.camino.cases.boundary.CaseListFile;
import org.camino.cases.boundary.CaseTypes;
import org.camino.cases.boundary.Cases;
import org.camino.cases.boundary.EncryptedExportRequest;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.TooManyRowsException;
import org.camino.trafficking.boundary.HtcdsExport;
import org.camino.web.view.FileDownloads;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;
import org.camino.web.view.Navigation;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Backs /cases/list.xhtml: the cases the user may read, of one type or all, 50 to a page. */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    Navigation navigation;

    @Inject
    CaseListExport export;

    @Inject
    HtcdsExport htcds;

    private String type;
    private String assigned;
    private CaseRowsModel rows;
    private List<LocalDate> opened;
    // the encrypted export's dialog; the passwords are used once and dropped (transient: never in a saved view)
    private String encryptMission;
    private transient String password;
    private transient String repeated;
    private transient CaseListFile encrypted;

    /** Called by f:viewAction once the type parameter is read. */
    public void open() {
        // a type the user may not read is not even named on the page
        type = type == null ? null : CaseTypes.parse(type)
                .filter(t -> navigation.getReadableTypes().contains(t)).orElse(null);
        rows = new CaseRowsModel(cases, type, isAssignedToMe());
        List<String> exportable = navigation.getExportMissions();
        encryptMission = exportable.isEmpty() ? null : exportable.get(0);
    }

    public void exportCsv() throws IOException {
        export("csv");
    }

    public void exportXlsx() throws IOException {
        export("xlsx");
    }

    /**
     * The list as shown (type tab, "assigned to me", mission, status and
     * dates filters, sort) as a file. One mission: the mission filter's, or
     * the only one the user may export. The boundary checks the permission.
     */
    private void export(String format) throws IOException {
        CaseRowsModel.Shown shown = rows.getShown();
        if (shown.byNumber()) {
            Messages.error(null, "cases.export.byNumber");
            return;
        }
        List<String> exportable = navigation.getExportMissions();
        String mission = shown.mission() != null ? shown.mission() : exportable.size() == 1 ? exportable.get(0) : null;
        if (mission == null) {
            Messages.error(null, "cases.export.chooseMission");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        CaseListFile file;
        try {
            file = export.export(new CaseListExportRequest(mission, format, type, shown.status(), shown.openedFrom(),
                    shown.openedTo(), shown.sort(), shown.descending(), isAssignedToMe(),
                    faces.getViewRoot().getLocale().getLanguage()));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> Messages.error(null, p.messageKey()));
            return;
        } catch (TooManyRowsException e) {
            Messages.error(null, "export.tooManyRows", e.limit(), e.filter());
            return;
        }
        FileDownloads.send(file.filename(), file.contentType(), file.content());
    }

    /**
     * The dialog's "Export encrypted": the two passwords must agree (beside the second), the boundary checks
     * the rest (beside each field). When the file is ready, the dialog's hidden download button fetches it.
     */
    public void prepareEncrypted() {
        try {
            encrypted = null;
            if (password != null && !password.equals(repeated)) {
                Messages.error("encrypted:repeat", "cases.export.encrypted.mismatch");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            encrypted = export.exportEncrypted(new EncryptedExportRequest(encryptMission, password, "xlsx",
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()));
            PrimeFaces.current().ajax().addCallbackParam("ready", true);
        } catch (InvalidInputException e) {
            InputProblems.show("encrypted", e);
        } catch (TooManyRowsException e) {
            Messages.error("encrypted:mission", "export.tooManyRows", e.limit(), e.filter());
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            password = null;
            repeated = null;
        }
    }

    /** Sends the encrypted file prepared by {@link #prepareEncrypted}, once. */
    public void downloadEncrypted() throws IOException {
        CaseListFile file = encrypted;
        encrypted = null;
        if (file != null) {
            FileDownloads.send(file.filename(), file.contentType(), file.content());
        }
    }

    /**
     * The mission's counter-trafficking cases as HTCDS v2.0 CSV: the mission filter's, or the only
     * one whose CT cases the user reads. The boundary checks the permission.
     */
    public void exportHtcds() throws IOException {
        CaseRowsModel.Shown shown = rows.getShown();
        List<String> missions = navigation.getHtcdsMissions();
        String mission = shown.mission() != null ? shown.mission() : missions.size() == 1 ? missions.get(0) : null;
        if (mission == null) {
            Messages.error(null, "cases.export.htcds.chooseMission");
            return;
        }
        CaseListFile file;
        try {
            file = htcds.export(mission);
        } catch (TooManyRowsException e) {
            Messages.error(null, "export.tooManyRows", e.limit(), e.filter());
            return;
        }
        FileDownloads.send(file.filename(), file.contentType(), file.content());
    }

    /** The statuses that cases of the chosen type (or of any readable type) can have, for the status filter. */
    public List<String> getStatuses() {
        Set<String> statuses = new LinkedHashSet<>();
        List<String> types = type == null ? navigation.getReadableTypes() : List.of(type);
        for (String t : types) {
            statuses.addAll(CaseTypes.statuses(t));
        }
        return List.copyOf(statuses);
    }

    /** ?assigned=me: only the cases assigned to the user. */
    public boolean isAssignedToMe() {
        return "me".equals(assigned);
    }

    public String getAssigned() { return assigned; }
    public void setAssigned(String assigned) { this.assigned = assigned; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public CaseRowsModel getRows() { return rows; }
    public List<LocalDate> getOpened() { return opened; }
    public String getEncryptMission() { return encryptMission; }
    public void setEncryptMission(String encryptMission) { this.encryptMission = encryptMission; }
    /** Never shown again: the inputs do not redisplay it. */
    public String getPassword() { return null; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return null; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
    public void setOpened(List<LocalDate> opened) { this.opened = opened; }
}
