package org.camino.web.view.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.trafficking.boundary.TraffickingCases;
import org.camino.trafficking.boundary.TraffickingEventForm;
import org.camino.trafficking.boundary.TraffickingView.EventView;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Formats;
import org.camino.web.view.InputProblems;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds a trafficking event (recruitment, transit, exploitation) on the
 * counter-trafficking details tab, or corrects one. A correction made on an
 * outdated event keeps the input and shows an {@link EditConflict}.
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

    @Inject
    CodeLabels codes;

    @Inject
    Formats fmt;

    private boolean open;
    private Long eventId;
    private long expectedVersion;
    private String type;
    private String country;
    private LocalDate startDate;
    private LocalDate endDate;
    private String description;
    private EditConflict conflict;

    public void edit(EventView event) {
        open = true;
        eventId = event.id();
        expectedVersion = event.version();
        type = event.type();
        country = event.country();
        startDate = event.startDate();
        endDate = event.endDate();
        description = event.description();
        conflict = null;
    }

    public void startNew() {
        open = true;
        eventId = null;
        type = null;
        country = null;
        startDate = null;
        endDate = null;
        description = null;
        conflict = null;
    }

    public void cancel() {
        open = false;
        conflict = null;
    }

    public void save() {
        TraffickingEventForm form = new TraffickingEventForm(type, country, startDate, endDate, description);
        if (!InputProblems.validate(FORM, "", form)) {
            return;
        }
        try {
            tab.show(eventId == null ? trafficking.addEvent(tab.number(), form)
                    : trafficking.updateEvent(tab.number(), eventId, expectedVersion, form));
            Messages.info(eventId == null ? "trafficking.event.added" : "trafficking.event.saved");
            cancel();
        } catch (InvalidInputException e) {
            InputProblems.show(FORM, e);
        } catch (ConflictException e) {
            tab.reload();
            EventView current = current();
            conflict = EditConflict.of(e, current == null ? null : values(current.type(), current.country(),
                            current.startDate(), current.endDate(), current.description()),
                    values(type, country, startDate, endDate, description), tab.caseUpdatedAt());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** After a conflict: save the user's input over the other change (the user has seen it). */
    public void overwrite() {
        EventView current = current();
        if (current != null) {
            expectedVersion = current.version();
        }
        conflict = null;
        save();
    }

    private EventView current() {
        return tab.getDetails().events().stream().filter(e -> eventId != null && e.id() == eventId)
                .findFirst().orElse(null);
    }

    private Map<String, Object> values(String eventType, String eventCountry, LocalDate start, LocalDate end, String text) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", codes.label("TRAFFICKING_EVENT_TYPE", eventType));
        v.put("country", codes.label("COUNTRY", eventCountry));
        v.put("startDate", fmt.date(start));
        v.put("endDate", fmt.date(end));
        v.put("description", text);
        return v;
    }

    public boolean isOpen() { return open; }
    public boolean isAdding() { return eventId == null; }
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
    public EditConflict getConflict() { return conflict; }
}
