package org.camino.web.view.cdr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.camino.repository.boundary.CdrOverview;
import org.camino.repository.boundary.HqQueries;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Backs /cdr/overview.xhtml, for HQ's analysts and publishers: each mission's
 * feed (last batch, lag, records, rejected batches, last error), the latest
 * batches, and record totals by mission, case type and month with a chart.
 */
@Named
@RequestScoped
public class CdrOverviewPage {

    @Inject
    CdrOverview overview;

    private List<HqQueries.MissionFeed> feeds;
    private List<HqQueries.Total> totals;
    private List<HqQueries.Batch> batches;

    @PostConstruct
    void load() {
        feeds = overview.feeds();
        totals = overview.totals(null);
        batches = overview.batches(20);
    }

    /** Time since the mission's last accepted batch, in whole minutes; empty if none yet. */
    public String lag(HqQueries.MissionFeed feed) {
        if (feed.lastBatchAt() == null) {
            return "";
        }
        long minutes = Duration.between(feed.lastBatchAt(), Instant.now()).toMinutes();
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    /** Records by mission and month, summed over case and event types: a Chart.js bar chart, one bar group per month. */
    public String getChart() {
        Map<String, Map<String, Long>> byMission = new TreeMap<>();
        TreeSet<String> months = new TreeSet<>();
        for (HqQueries.Total total : totals) {
            months.add(total.month());
            byMission.computeIfAbsent(total.mission(), m -> new TreeMap<>()).merge(total.month(), total.records(), Long::sum);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        byMission.forEach((mission, counts) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            months.forEach(month -> data.add(counts.getOrDefault(month, 0L)));
            datasets.add(Json.createObjectBuilder().add("label", mission).add("data", data));
        });
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(labels::add);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }

    public List<HqQueries.MissionFeed> getFeeds() { return feeds; }
    public List<HqQueries.Total> getTotals() { return totals; }
    public List<HqQueries.Batch> getBatches() { return batches; }
}
