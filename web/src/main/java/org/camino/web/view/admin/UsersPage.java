package org.camino.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.BusinessException;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.boundary.Assignment;
import org.camino.security.boundary.NewUser;
import org.camino.security.boundary.UserAdministration;
import org.camino.security.boundary.UserSummary;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Backs /admin/users.xhtml: accounts, their roles per mission, enabling and disabling. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable row of the new user's roles. */
    public static class AssignmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String roleCode;
        private String missionCode;
        private String programmeArea;

        public String getRoleCode() { return roleCode; }
        public void setRoleCode(String roleCode) { this.roleCode = roleCode; }
        public String getMissionCode() { return missionCode; }
        public void setMissionCode(String missionCode) { this.missionCode = missionCode; }
        public String getProgrammeArea() { return programmeArea; }
        public void setProgrammeArea(String programmeArea) { this.programmeArea = programmeArea; }
    }

    @Inject
    transient UserAdministration users;

    private List<UserSummary> all;
    private String username;
    private String displayName;
    private String initialPassword;
    private List<AssignmentRow> assignments = new ArrayList<>();

    @PostConstruct
    void load() {
        all = users.list();
        if (assignments.isEmpty()) {
            assignments.add(new AssignmentRow());
        }
    }

    public void addAssignment() {
        assignments.add(new AssignmentRow());
    }

    public void create() {
        List<Assignment> chosen = assignments.stream().filter(a -> a.getRoleCode() != null)
                .map(a -> new Assignment(a.getRoleCode(), a.getMissionCode(), a.getProgrammeArea())).toList();
        try {
            UserSummary created = users.create(new NewUser(username, displayName, initialPassword, chosen));
            Messages.info("user.created", created.username());
            username = null;
            displayName = null;
            initialPassword = null;
            assignments = new ArrayList<>(List.of(new AssignmentRow()));
            all = users.list();
        } catch (InvalidInputException e) {
            Messages.show("create", e);
        }
    }

    public void toggle(UserSummary user) {
        try {
            users.setEnabled(user.id(), user.version(), !user.enabled());
            Messages.info(user.enabled() ? "user.disabled" : "user.enabled", user.username());
        } catch (ConflictException e) {
            Messages.error(null, "conflict.reload");
        } catch (BusinessException e) {
            Messages.error(null, "error.generic");
        }
        all = users.list();
    }

    public List<UserSummary> getAll() { return all; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public List<AssignmentRow> getAssignments() { return assignments; }
    public List<String> getRoles() {
        return List.of("CASEWORKER", "HEALTH_PRACTITIONER", "CT_OFFICER", "MISSION_MANAGER", "HQ_ANALYST", "HQ_PUBLISHER", "ADMINISTRATOR");
    }
    public List<String> getAreas() { return List.of("resettlement", "avrr", "health", "trafficking"); }
}
