package org.camino.missions.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.camino.missions.entity.Mission;
import org.camino.missions.control.MissionCodes;
import org.camino.platform.errors.RefusedException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;
import org.camino.security.control.SignedIn;
import org.camino.security.control.UserDirectory;

import java.util.List;
import java.util.Set;

/** The missions: administrators create them; everyone sees the ones they work in. */
@Stateless
@Guarded
public class Missions {

    /** A mission code: three capitals, optionally a dash and three more (KEN, KEN-NBO). */
    public static final String CODE_PATTERN = "[A-Z]{3}(-[A-Z]{3})?";

    public record MissionView(String code, String name, String country, boolean active) {
        static MissionView of(Mission m) {
            return new MissionView(m.getCode(), m.getName(), m.getCountry(), m.isActive());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    UserDirectory users;

    @Inject
    AccessLog accessLog;

    @Inject
    MissionCodes missionCodes;

    @SignedIn("missions the caller works in; every mission for administrators and HQ")
    public List<MissionView> visible() {
        List<Mission> all = em.createQuery("select m from Mission m order by m.code", Mission.class).getResultList();
        if (accessControl.isPermitted("admin:missions") || accessControl.isPermitted("cdr:read")) {
            return all.stream().map(MissionView::of).toList();
        }
        Set<String> mine = users.missionsOf(accessControl.caller().userId());
        return all.stream().filter(m -> mine.contains(m.getCode())).map(MissionView::of).toList();
    }

    @Requires("admin:missions")
    public List<MissionView> all() {
        return em.createQuery("select m from Mission m order by m.code", Mission.class).getResultStream()
                .map(MissionView::of).toList();
    }

    /** A new mission; a code already in use is refused (409 over the API), nothing is saved. */
    @Requires("admin:missions")
    public MissionView create(@NotBlank @Pattern(regexp = CODE_PATTERN, message = "{mission.code.pattern}") String code,
                              @NotBlank(message = "{mission.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
                              @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{country.code.pattern}") String country) {
        if (missionCodes.exists(code)) {
            throw new RefusedException("mission.code.taken", "Mission code " + code + " is already in use");
        }
        Mission mission = new Mission(code, name.trim(), country);
        em.persist(mission);
        try {
            em.flush();
        } catch (PersistenceException e) { // the same code created at the same moment: the unique key says no
            throw new RefusedException("mission.code.taken", "Mission code " + code + " is already in use");
        }
        accessLog.record(AccessLog.Event.MISSION_CHANGED, accessControl.caller().username(), "mission:" + code,
                "created, country " + country);
        return MissionView.of(mission);
    }
}
