package org.camino.web.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * The bar charts of Camino's pages (PrimeFaces' Chart.js), one way for all: a
 * bar group per category, one series per mission, whole-number ticks from 0,
 * no animation. The chart fills its box, so the page gives the box a height.
 */
public final class BarChart {

    private BarChart() {
    }

    /**
     * @param categories    the x axis, in order
     * @param seriesByName  series name (a mission) → category → value; a missing category counts 0
     * @param label         how a category is shown
     * @param stacked       counts pile up; medians and other non-additive figures stand side by side
     */
    public static String json(Collection<String> categories, Map<String, ? extends Map<String, Long>> seriesByName,
                              Function<String, String> label, boolean stacked) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        seriesByName.forEach((name, values) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            categories.forEach(c -> data.add(values.getOrDefault(c, 0L)));
            datasets.add(Json.createObjectBuilder().add("label", name).add("data", data));
        });
        JsonArrayBuilder labels = Json.createArrayBuilder();
        categories.forEach(c -> labels.add(label.apply(c)));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
