package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.camino.missions.boundary.Missions;
import org.camino.security.boundary.SignedInUser;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the menu shows. Only a convenience: every operation is checked again
 * in the service layer, whatever the menu shows.
 */
@Named
@RequestScoped
public class Navigation {

    /** Case types in menu order, with the programme area that permissions name. */
    public static final Map<String, String> AREAS = Map.of("RST", "resettlement", "AVR", "avrr", "MHA", "health",
            "CTA", "trafficking");
    private static final List<String> TYPES = List.of("RST", "AVR", "MHA", "CTA");

    @Inject
    Missions missions;

    private List<String> missionCodes;

    public boolean isSignedIn() {
        return subject().isAuthenticated();
    }

    public String getDisplayName() {
        return SignedInUser.current().map(SignedInUser::displayName).orElse("");
    }

    public boolean isAdministrator() {
        return subject().isAuthenticated() && subject().isPermitted("admin:users");
    }

    public boolean isIntegrityReviewer() {
        return subject().isAuthenticated() && subject().isPermitted("admin:integrity");
    }

    public boolean isAuditor() {
        return subject().isAuthenticated() && subject().isPermitted("audit:verify");
    }

    /** HQ's administrators (admin:nodes): the import of a mission's signed batch file. */
    public boolean isBatchFileImporter() {
        return subject().isAuthenticated() && subject().isPermitted("admin:nodes");
    }

    /** HQ analysts and publishers: the central data repository page. */
    public boolean isCdrReader() {
        return subject().isAuthenticated() && subject().isPermitted("cdr:read");
    }

    /** HQ analysts and publishers: the releases of anonymised statistics and the dashboard of published figures. */
    public boolean isPublicationReader() {
        return subject().isAuthenticated() && subject().isPermitted("publication:read");
    }

    /** HQ analysts: the form that drafts a release. */
    public boolean isPublicationDrafter() {
        return subject().isAuthenticated() && subject().isPermitted("publication:draft");
    }

    /** Holders of report:run for a mission (managers, CT officers) and HQ analysts: the reports page. */
    public boolean isReporter() {
        return isSignedIn() && (subject().isPermitted("cdr:read")
                || missionCodes().stream().anyMatch(m -> subject().isPermitted("report:run:" + m.toLowerCase(Locale.ROOT))));
    }

    /** Mission managers and administrators: the outbox page of the missions they may see. */
    public boolean isOutboxReader() {
        return isSignedIn() && missionCodes().stream().anyMatch(m -> subject().isPermitted("outbox:read:" + m.toLowerCase(Locale.ROOT)));
    }

    /** Missions whose case list the user may export (case:export, mission managers): the list's Export menu. */
    public List<String> getExportMissions() {
        return isSignedIn() ? missionCodes().stream()
                .filter(m -> subject().isPermitted("case:export:" + m.toLowerCase(Locale.ROOT))).toList() : List.of();
    }

    /** Missions whose counter-trafficking cases the user may read (CT officers): the list's HTCDS export. */
    public List<String> getHtcdsMissions() {
        return isSignedIn() ? missionsWhere("read", "CTA") : List.of();
    }

    /** Missions the user may import cases into (case:import: those who register cases there): the Import page. */
    public List<String> getImportMissions() {
        return isSignedIn() ? missionCodes().stream()
                .filter(m -> subject().isPermitted("case:import:" + m.toLowerCase(Locale.ROOT))).toList() : List.of();
    }

    public boolean isImporter() {
        return !getImportMissions().isEmpty();
    }

    /** Case types the user may read in at least one mission: the case list, search and dashboard are for them. */
    public List<String> getReadableTypes() {
        return typesWhere("read");
    }

    public List<String> getCreatableTypes() {
        return typesWhere("create");
    }

    public boolean isCaseReader() {
        return !getReadableTypes().isEmpty();
    }

    public boolean isCaseCreator() {
        return !getCreatableTypes().isEmpty();
    }

    public boolean isApprover() {
        return !typesWhere("approve").isEmpty();
    }

    /** Missions where the user may do this on this type of case, for choosing where to register. */
    public List<String> missionsWhere(String action, String type) {
        return missionCodes().stream().filter(m -> may(action, type, m)).toList();
    }

    private List<String> typesWhere(String action) {
        if (!isSignedIn()) {
            return List.of();
        }
        return TYPES.stream().filter(t -> missionCodes().stream().anyMatch(m -> may(action, t, m))).toList();
    }

    private boolean may(String action, String type, String mission) {
        return subject().isPermitted("case:" + action + ":" + AREAS.get(type) + ":" + mission.toLowerCase(Locale.ROOT));
    }

    private List<String> missionCodes() {
        if (missionCodes == null) {
            missionCodes = missions.visible().stream().map(Missions.MissionView::code).toList();
        }
        return missionCodes;
    }

    private static Subject subject() {
        return SecurityUtils.getSubject();
    }
}
