package org.camino.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.security.boundary.IntegrityIncidentReview;

import java.util.List;

/** Backs /admin/integrity.xhtml: stored values that failed their integrity check, last seen first. */
@Named
@RequestScoped
public class IntegrityPage {

    @Inject
    IntegrityIncidentReview review;

    private List<IntegrityIncidentReview.Incident> incidents;

    @PostConstruct
    void load() {
        incidents = review.recent(500);
    }

    public List<IntegrityIncidentReview.Incident> getIncidents() { return incidents; }
}
