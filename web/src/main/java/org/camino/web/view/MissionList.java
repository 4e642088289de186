package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.missions.boundary.Missions;
import org.camino.missions.boundary.Missions.MissionView;

import java.util.List;

/** Mission choices for forms, as the caller may see them. */
@Named
@RequestScoped
public class MissionList {

    @Inject
    Missions missions;

    private List<MissionView> all;

    public List<MissionView> getAll() {
        if (all == null) {
            all = missions.visible();
        }
        return all;
    }
}
