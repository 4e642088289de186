package org.camino.publishing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.publishing.control.ReleaseRecord;
import org.camino.publishing.control.ReleaseStore;
import org.camino.publishing.control.TableFiles;
import org.camino.security.control.Guarded;
import org.camino.security.control.Public;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Open data: the published releases, their tables and the tables as CSV, JSON
 * and SDMX-CSV, for anyone, signed in or not. Only published releases exist
 * here: a draft, a rejected or a discarded release is "not found", whoever
 * asks. Only published figures leave: never a true count, never who drafted.
 */
@Stateless
@Guarded
public class OpenData {

    @Inject
    ReleaseStore store;

    @Inject
    ReleaseViews views;

    @Inject
    Settings settings;

    @Public("published statistics are open data")
    public List<ReleaseView> releases(String language) {
        if (!settings.holdsRepository()) {
            return List.of();
        }
        return store.published().stream().map(r -> views.open(r, language, false)).toList();
    }

    @Public("published statistics are open data")
    public ReleaseView release(String series, int version, String language) {
        return views.open(published(series, version), language, true);
    }

    @Public("published statistics are open data")
    public PublicationFile file(String series, int version, String tableId, String format) {
        ReleaseRecord release = published(series, version);
        TableFiles.Format fileFormat = switch (format == null ? "" : format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> TableFiles.Format.CSV;
            case "json" -> TableFiles.Format.JSON;
            case "sdmx-csv", "sdmx.csv", "sdmx" -> TableFiles.Format.SDMX_CSV;
            default -> throw InvalidInputException.of("format", "publication.format.invalid");
        };
        ReleaseStore.StoredTable table = store.tables(release.id()).stream()
                .filter(t -> t.table().spec().id().equals(tableId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Table"));
        TableFiles.Release about = new TableFiles.Release(release.series(), release.version(), release.title(),
                release.from().toString(), release.to().toString());
        String title = PublishingTexts.of("en").text(table.title());
        return new PublicationFile(TableFiles.fileName(fileFormat, about, table.table()), fileFormat.contentType(),
                TableFiles.write(fileFormat, about, title, table.table()));
    }

    /** The release's counter-trafficking microdata extract as CSV or JSON (with its information-loss report). */
    @Public("published statistics are open data")
    public PublicationFile extract(String series, int version, String format) {
        ReleaseRecord release = published(series, version);
        ReleaseStore.StoredExtract extract = store.extract(release.id()).orElseThrow(() -> new NotFoundException("Extract"));
        String name = release.series() + "-v" + release.version() + "-ct-microdata";
        return switch (format == null ? "" : format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> new PublicationFile(name + ".csv", TableFiles.Format.CSV.contentType(),
                    extract.csv().getBytes(StandardCharsets.UTF_8));
            case "json" -> new PublicationFile(name + ".json", TableFiles.Format.JSON.contentType(),
                    extract.json().getBytes(StandardCharsets.UTF_8));
            default -> throw InvalidInputException.of("format", "publication.format.invalid");
        };
    }

    private ReleaseRecord published(String series, int version) {
        if (!settings.holdsRepository() || series == null) {
            throw new NotFoundException("Release");
        }
        return store.published(series, version).orElseThrow(() -> new NotFoundException("Release"));
    }
}
