package io.greenwave.console.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js options every console chart shares: responsive, no animation, a titled y axis from
 * 0.
 */
final class ChartOptions {
  private ChartOptions() {}

  /**
   * @param yTitle the y axis title, with its unit
   * @param xAxis options of the x axis, or null for Chart.js's defaults
   */
  static JsonObjectBuilder of(String yTitle, JsonObjectBuilder xAxis) {
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add(
                        "title",
                        Json.createObjectBuilder().add("display", true).add("text", yTitle)));
    if (xAxis != null) {
      scales.add("x", xAxis);
    }
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("scales", scales);
  }
}
