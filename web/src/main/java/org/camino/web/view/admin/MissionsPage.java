package org.camino.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.missions.boundary.Missions;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.RefusedException;
import org.camino.web.view.Messages;

import java.util.List;

/** Backs /admin/missions.xhtml: the missions, and a form to add one. */
@Named
@RequestScoped
public class MissionsPage {

    @Inject
    Missions missions;

    private List<Missions.MissionView> all;
    private String code;
    private String name;
    private String country;

    @PostConstruct
    void load() {
        all = missions.all();
    }

    public void create() {
        try {
            Missions.MissionView created = missions.create(code == null ? null : code.trim().toUpperCase(), name,
                    country == null ? null : country.trim().toUpperCase());
            Messages.info("mission.created", created.code());
            code = null;
            name = null;
            country = null;
            all = missions.all();
        } catch (InvalidInputException e) {
            Messages.show("create", e);
        } catch (RefusedException e) {
            Messages.error("create:code", e.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RuntimeException e) {
            if (!Messages.showViolations("create", e)) {
                throw e;
            }
        }
    }

    public List<Missions.MissionView> getAll() { return all; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
}
