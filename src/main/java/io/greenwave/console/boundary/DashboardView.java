package io.greenwave.console.boundary;

import io.greenwave.console.control.IntersectionStatus;
import io.greenwave.console.control.LineChart;
import io.greenwave.console.control.NetworkStatus;
import io.greenwave.ml.entity.FieldMetric;
import io.greenwave.network.control.LinkRepository;
import io.greenwave.network.entity.Link;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dashboard: every intersection's live status, a live chart of average wait per intersection
 * (field metrics; points arrive by push) and a map-like overview drawn from the coordinates. {@link
 * #reload()} runs when the page's socket (re)opens, so that nothing pushed while it was closed is
 * missing.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The overview's drawing area (SVG user units). */
  static final int MAP_WIDTH = 1000;

  static final int MAP_HEIGHT = 520;
  static final int MAP_MARGIN = 60;

  @Inject NetworkStatus network;
  @Inject LinkRepository links;

  private List<IntersectionStatus> rows = List.of();
  private String chartJson;
  private boolean chartEmpty;
  private List<MapPoint> mapPoints = List.of();
  private List<MapLine> mapLines = List.of();

  /** An intersection on the overview. */
  public record MapPoint(String id, String name, double x, double y, String los)
      implements Serializable {}

  /** A link between two intersections on the overview. */
  public record MapLine(double x1, double y1, double x2, double y2) implements Serializable {}

  @PostConstruct
  public void reload() {
    rows = network.all();
    LineChart chart = new LineChart("average wait (s/veh)");
    for (IntersectionStatus row : rows) {
      Map<String, Double> points = new LinkedHashMap<>();
      for (FieldMetric m : network.recentMetrics(row.id())) {
        // several controller types in one interval: the chart shows the latest reported
        points.put(LineChart.timeLabel(m.key().intervalStart()), m.averageWait());
      }
      chart.add(row.id(), points);
    }
    chartJson = chart.toJson();
    chartEmpty = chart.isEmpty();
    layoutMap();
  }

  private void layoutMap() {
    List<IntersectionStatus> placed =
        rows.stream().filter(r -> r.latitude() != null && r.longitude() != null).toList();
    if (placed.isEmpty()) {
      mapPoints = List.of();
      mapLines = List.of();
      return;
    }
    double minLat = placed.stream().mapToDouble(IntersectionStatus::latitude).min().orElse(0);
    double maxLat = placed.stream().mapToDouble(IntersectionStatus::latitude).max().orElse(0);
    double minLon = placed.stream().mapToDouble(IntersectionStatus::longitude).min().orElse(0);
    double maxLon = placed.stream().mapToDouble(IntersectionStatus::longitude).max().orElse(0);
    // equirectangular: good enough over a city; longitude shrinks with cos(latitude)
    double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanX = Math.max((maxLon - minLon) * cos, 1e-6);
    double spanY = Math.max(maxLat - minLat, 1e-6);
    double scale =
        Math.min((MAP_WIDTH - 2.0 * MAP_MARGIN) / spanX, (MAP_HEIGHT - 2.0 * MAP_MARGIN) / spanY);
    double offsetX = (MAP_WIDTH - spanX * scale) / 2;
    double offsetY = (MAP_HEIGHT - spanY * scale) / 2;
    Map<String, MapPoint> byId = new LinkedHashMap<>();
    for (IntersectionStatus r : placed) {
      double x = offsetX + (r.longitude() - minLon) * cos * scale;
      double y = MAP_HEIGHT - (offsetY + (r.latitude() - minLat) * scale);
      byId.put(r.id(), new MapPoint(r.id(), r.name(), round(x), round(y), r.los()));
    }
    List<MapLine> lines = new ArrayList<>();
    for (Link l : links.all()) {
      MapPoint a = byId.get(l.fromIntersection());
      MapPoint b = byId.get(l.toIntersection());
      if (a != null && b != null) {
        lines.add(new MapLine(a.x(), a.y(), b.x(), b.y()));
      }
    }
    mapPoints = List.copyOf(byId.values());
    mapLines = lines;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** The marker colour of a level of service. */
  public String losColour(String los) {
    return switch (Objects.requireNonNullElse(los, "")) {
      case "A", "B" -> "#2e7d32";
      case "C", "D" -> "#f9a825";
      case "E", "F" -> "#c62828";
      default -> "#78909c";
    };
  }

  public List<IntersectionStatus> getRows() {
    return rows;
  }

  public String getChartJson() {
    return chartJson;
  }

  public boolean isChartEmpty() {
    return chartEmpty;
  }

  public List<MapPoint> getMapPoints() {
    return mapPoints;
  }

  public List<MapLine> getMapLines() {
    return mapLines;
  }

  public int getMapWidth() {
    return MAP_WIDTH;
  }

  public int getMapHeight() {
    return MAP_HEIGHT;
  }
}
