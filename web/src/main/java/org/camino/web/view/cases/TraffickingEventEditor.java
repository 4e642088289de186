package org.camino.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.control.InvalidInputException;
import org.camino.trafficking.boundary.TraffickingCases;
import org.camino.trafficking.boundary.TraffickingEventForm;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Adds a trafficking event (recruitment, transit, exploitation) on the
 * counter-trafficking details tab. Events are recorded once: the service
 * offers no change of an event, so neither does the page.
 */
@Named
@ViewScoped
public class TraffickingEventEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "events";

    @Inject
    TraffickingDetailsTab tab;

    @Inject
    TraffickingCases trafficking;

    private boolean open;
    private String type;
    private String country;
    private LocalDate startDate;
    private LocalDate endDate;
    private String description;

    public void startNew() {
        open = true;
        type = null;
        country = null;
        startDate = null;
        endDate = null;
        description = null;
    }

    public void cancel() {
        open = false;
    }

    public void save() {
        TraffickingEventForm form = new TraffickingEventForm(type, country, startDate, endDate, description);
        if (!InputProblems.validate(FORM, "", form)) {
            return;
        }
        try {
            tab.show(trafficking.addEvent(tab.number(), form));
            Messages.info("trafficking.event.added");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        }
    }

    public boolean isOpen() { return open; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
