package org.camino.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.camino.cases.boundary.CaseViews;
import org.camino.cases.boundary.CaseWork;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The mission manager's approval queue. */
@Tag(name = "Cases")
@Path(CaminoApi.V1 + "/approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

    public record Decision(boolean approve, String note) {
        /** Only codes and ids: the other fields may be personal, and records end up in logs. */
        @Override
        public String toString() {
            return "Decision[approve=" + approve + "]";
        }
    }

    @Inject
    CaseWork work;

    @GET
    @Operation(summary = "The mission manager's approval queue")
    public List<CaseWork.ApprovalItem> queue() {
        return work.approvalQueue();
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or refuse a pending step")
    public CaseViews.CaseView decide(@PathParam("id") long id, Decision decision) {
        return work.decide(id, decision != null && decision.approve(), decision == null ? null : decision.note());
    }
}
