package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseDocuments;
import org.camino.cases.boundary.CaseViews.DocumentView;
import org.camino.cases.boundary.CaseViews.MemberView;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The documents table of the notes tab on /cases/view.xhtml and its dialog:
 * records a document of a household member, corrects one, or marks it
 * invalid. Problems appear beside their fields; a concurrent change shows
 * the conflict and keeps the input.
 */
@Named
@ViewScoped
public class DocumentEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "document";

    @Inject
    CaseViewPage page;

    @Inject
    CaseDocuments documents;

    private List<DocumentView> list;
    private Long documentId;
    private long expectedVersion;
    private DocumentInput document;
    private EditConflict conflict;

    public List<DocumentView> getDocuments() {
        if (list == null) {
            list = documents.list(page.getView().number());
        }
        return list;
    }

    public void startNew() {
        documentId = null;
        document = new DocumentInput();
        List<MemberView> members = page.getView().household();
        if (members.size() == 1) {
            document.setPersonId(members.get(0).person().id());
        }
        conflict = null;
    }

    public void edit(DocumentView existing) {
        documentId = existing.id();
        expectedVersion = existing.version();
        document = DocumentInput.of(existing);
        conflict = null;
    }

    /** Closing the dialog reloads the page: no modal layer is left behind. */
    public String cancel() {
        document = null;
        conflict = null;
        return "/cases/view?faces-redirect=true&number=" + page.getView().number() + "&tab=notes";
    }

    public String save() {
        if (!InputProblems.validate(FORM, "", document.toForm())) {
            return null;
        }
        String number = page.getView().number();
        try {
            if (documentId == null) {
                documents.add(number, document.toForm());
            } else {
                documents.update(number, documentId, expectedVersion, document.toForm());
            }
            return done(documentId == null ? "documents.added" : "documents.saved");
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            showConflict(e);
        }
        return null;
    }

    public String invalidate() {
        try {
            documents.invalidate(page.getView().number(), documentId, expectedVersion);
            return done("documents.invalidated");
        } catch (ConflictException e) {
            showConflict(e);
        }
        return null;
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public String overwrite() {
        DocumentView current = current();
        if (current != null) {
            expectedVersion = current.version();
        }
        conflict = null;
        return save();
    }

    private String done(String messageKey) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(messageKey);
        list = null;
        return cancel();
    }

    private void showConflict(ConflictException e) {
        list = null;
        page.reload();
        DocumentView current = current();
        conflict = EditConflict.of(e, current == null ? null : DocumentInput.of(current).values(), document.values(),
                page.getView().updatedAt());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private DocumentView current() {
        return getDocuments().stream().filter(d -> documentId != null && d.id() == documentId).findFirst().orElse(null);
    }

    public boolean isOpen() { return document != null; }
    public boolean isAdding() { return documentId == null; }
    public boolean isValidRecord() { return current() == null || current().valid(); }
    public DocumentInput getDocument() { return document; }
    public EditConflict getConflict() { return conflict; }
}
