package org.camino.web.view.publishing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.NotFoundException;
import org.camino.publishing.boundary.OpenData;
import org.camino.publishing.boundary.ReleaseView;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs /open-data.xhtml, open to anyone: the published releases, and with
 * {@code ?series=...&version=...} one of them with its tables (published
 * figures only), their charts and their downloads.
 */
@Named
@ViewScoped
public class OpenDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenData openData;

    private transient List<ReleaseView> releases;
    private transient ReleaseView release;

    @PostConstruct
    void open() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String series = parameters.get("series");
        String version = parameters.get("version");
        if (series != null && version != null) {
            try {
                release = openData.release(series.trim(), Integer.parseInt(version.trim()), ReleasesPage.language());
            } catch (NumberFormatException e) {
                throw new NotFoundException("Release");
            }
        } else {
            releases = openData.releases(ReleasesPage.language());
        }
    }

    /** The address of a table's download, relative to the page. */
    public String download(ReleaseView release, String table, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/open-data/releases/"
                + release.series() + "/" + release.version() + "/tables/" + table + "/" + format;
    }

    /** The address of the release's counter-trafficking microdata extract. */
    public String extract(ReleaseView release, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/open-data/releases/"
                + release.series() + "/" + release.version() + "/extract/" + format;
    }

    public List<ReleaseView> getReleases() { return releases; }
    public ReleaseView getRelease() { return release; }
}
