package io.greenwave.console.control;

import io.greenwave.ml.control.PerformanceAnalysis;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js bar chart of a comparison, as {@code <p:chart>} takes it: each group's mean wait as
 * a bar and, beside it, its 95 % confidence interval as a floating bar {@code [low, high]}.
 * Chart.js has no error bars of its own; a floating bar shows the interval without a plugin, so the
 * chart also works in the PNG export and on pages that load no extra script.
 */
public final class ComparisonChart {
  private static final String MEAN_COLOUR = "#2e7d32";
  private static final String CI_COLOUR = "rgba(21, 101, 192, 0.45)";
  private static final String CI_BORDER = "#1565c0";

  private ComparisonChart() {}

  public static String toJson(PerformanceAnalysis.Result result) {
    PerformanceAnalysis.Group a = result.a();
    PerformanceAnalysis.Group b = result.b();
    JsonArrayBuilder means = Json.createArrayBuilder();
    JsonArrayBuilder intervals = Json.createArrayBuilder();
    for (PerformanceAnalysis.Group g : new PerformanceAnalysis.Group[] {a, b}) {
      addOrNull(means, g.mean());
      if (g.ciLow() == null || g.ciHigh() == null) {
        // one interval only: no confidence interval to draw
        intervals.addNull();
      } else {
        intervals.add(Json.createArrayBuilder().add(g.ciLow()).add(g.ciHigh()));
      }
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset("mean wait (s/veh)", means, MEAN_COLOUR, MEAN_COLOUR))
            .add(dataset("95 % confidence interval", intervals, CI_COLOUR, CI_BORDER));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder().add(a.label()).add(b.label()))
                .add("datasets", datasets))
        .add("options", options())
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(
      String label, JsonArrayBuilder data, String fill, String border) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", fill)
        .add("borderColor", border)
        .add("borderWidth", 1)
        .add("barPercentage", 0.7);
  }

  private static JsonObjectBuilder options() {
    return ChartOptions.of("average wait (s/veh)", null);
  }

  private static void addOrNull(JsonArrayBuilder array, Double value) {
    if (value == null) {
      array.addNull();
    } else {
      array.add(value);
    }
  }
}
