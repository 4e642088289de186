package org.camino.web.view.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.publishing.boundary.OpenData;
import org.camino.publishing.boundary.ReleaseView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Backs /publishing/dashboard.xhtml: for HQ, the latest published version of
 * every series with a chart of each of its tables: what the world sees.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    OpenData openData;

    private List<ReleaseView> latest;

    public List<ReleaseView> getLatest() {
        if (latest == null) {
            latest = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ReleaseView summary : openData.releases(ReleasesPage.language())) {
                if (summary.supersededBy() == null && seen.add(summary.series())) {
                    latest.add(openData.release(summary.series(), summary.version(), ReleasesPage.language()));
                }
            }
        }
        return latest;
    }
}
