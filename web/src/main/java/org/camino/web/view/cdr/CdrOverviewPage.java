package org.camino.web.view.cdr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.repository.boundary.CdrOverview;
import org.camino.repository.boundary.HqQueries;
import org.camino.web.view.BarChart;

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
        return BarChart.json(months, byMission, month -> month, true);
    }

    public List<HqQueries.MissionFeed> getFeeds() { return feeds; }
    public List<HqQueries.Total> getTotals() { return totals; }
    public List<HqQueries.Batch> getBatches() { return batches; }
}
