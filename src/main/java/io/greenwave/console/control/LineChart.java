package io.greenwave.console.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A Chart.js line chart configuration, as PrimeFaces 15's {@code <p:chart>} takes it: category
 * labels on x (shared by all series, so that series with gaps still line up) and one dataset per
 * series. Points are {@code {x: label, y: value}}, which lets a page append pushed points to a
 * series without rebuilding the chart.
 */
public final class LineChart {
  private static final String[] COLOURS = {
    "#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a", "#c62828", "#00838f", "#5d4037", "#ad1457"
  };

  private final String yTitle;
  private final List<Series> series = new ArrayList<>();

  /** One line: its name and its points by x label, in x order. */
  public record Series(String name, Map<String, Double> points) {}

  public LineChart(String yTitle) {
    this.yTitle = yTitle;
  }

  public LineChart add(String name, Map<String, Double> points) {
    series.add(new Series(name, points));
    return this;
  }

  public boolean isEmpty() {
    return series.stream().allMatch(s -> s.points().isEmpty());
  }

  public String toJson() {
    TreeSet<String> labels = new TreeSet<>();
    series.forEach(s -> labels.addAll(s.points().keySet()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      JsonArrayBuilder data = Json.createArrayBuilder();
      s.points().forEach((x, y) -> data.add(Json.createObjectBuilder().add("x", x).add("y", y)));
      String colour = COLOURS[i % COLOURS.length];
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.name())
              .add("data", data)
              .add("borderColor", colour)
              .add("backgroundColor", colour)
              .add("pointRadius", 2)
              .add("tension", 0.25)
              .add("spanGaps", true));
    }
    JsonObjectBuilder options =
        ChartOptions.of(yTitle, Json.createObjectBuilder().add("ticks", maxTicks(8)));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(List.copyOf(labels)))
                .add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder maxTicks(int n) {
    return Json.createObjectBuilder().add("maxTicksLimit", n).add("autoSkip", true);
  }

  /**
   * The x label of a time: {@code MM-dd HH:mm} in UTC, cut from the ISO form so that the page's
   * script makes the same label from a pushed event's ISO time.
   */
  public static String timeLabel(java.time.OffsetDateTime at) {
    String iso = at.withOffsetSameInstant(java.time.ZoneOffset.UTC).toString();
    return iso.substring(5, 16).replace('T', ' ');
  }
}
