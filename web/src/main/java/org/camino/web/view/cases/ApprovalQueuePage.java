package org.camino.web.view.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.boundary.CaseWork.ApprovalItem;
import org.camino.cases.boundary.CaseWork;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs /cases/approvals.xhtml: steps waiting for the manager's decision, approved or rejected with a note. */
@Named
@ViewScoped
public class ApprovalQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseWork work;

    private List<ApprovalItem> queue;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        queue = work.approvalQueue();
    }

    public void approve(ApprovalItem item) {
        decide(item, true);
    }

    public void reject(ApprovalItem item) {
        decide(item, false);
    }

    private void decide(ApprovalItem item, boolean approve) {
        try {
            work.decide(item.id(), approve, notes.get(item.id()));
            Messages.info(approve ? "approval.approved" : "approval.rejected", item.caseNumber());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> Messages.error(null, p.messageKey()));
        } catch (ConflictException | NotFoundException e) {
            Messages.error(null, "approval.gone");
        }
        notes.remove(item.id());
        queue = work.approvalQueue();
    }

    public List<ApprovalItem> getQueue() { return queue; }
    public Map<Long, String> getNotes() { return notes; }
}
