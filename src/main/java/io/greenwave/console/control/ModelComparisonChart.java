package io.greenwave.console.control;

import io.greenwave.ml.control.ModelComparisons;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The Chart.js configuration of a model comparison's chart, as {@code <p:chart>} takes it: lines
 * for a forecaster replay (counted vehicles and both forecasts), grouped bars for a policy
 * evaluation (both versions beside the classic controllers).
 */
public final class ModelComparisonChart {
  private static final String[] COLOURS = {"#607d8b", "#1565c0", "#ef6c00"};
  private static final String[] BAR_COLOURS = {"#1565c0", "#ef6c00"};

  private ModelComparisonChart() {}

  public static String toJson(ModelComparisons.Chart chart) {
    boolean line = "line".equals(chart.type());
    String[] colours = line ? COLOURS : BAR_COLOURS;
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < chart.series().size(); i++) {
      ModelComparisons.Series s = chart.series().get(i);
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Double v : s.values()) {
        if (v == null || v.isNaN()) {
          data.addNull();
        } else {
          data.add(v);
        }
      }
      String colour = colours[i % colours.length];
      var dataset =
          Json.createObjectBuilder()
              .add("label", s.name())
              .add("data", data)
              .add("borderColor", colour)
              .add("backgroundColor", colour);
      if (line) {
        dataset.add("pointRadius", 1).add("tension", 0.2).add("spanGaps", true);
        if (i == 0) {
          // the counted vehicles are the truth both forecasts are measured against
          dataset.add("borderDash", Json.createArrayBuilder().add(4).add(3));
        }
      }
      datasets.add(dataset);
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    // replay labels are instants: the time of day is what a reader needs
    chart.labels().forEach(l -> labels.add(line && l.length() >= 16 ? l.substring(11, 16) : l));
    return Json.createObjectBuilder()
        .add("type", chart.type())
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            ChartOptions.of(
                chart.yTitle(),
                line
                    ? Json.createObjectBuilder()
                        .add(
                            "ticks",
                            Json.createObjectBuilder()
                                .add("maxTicksLimit", 8)
                                .add("autoSkip", true))
                    : null))
        .build()
        .toString();
  }
}
