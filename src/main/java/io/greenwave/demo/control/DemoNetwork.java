package io.greenwave.demo.control;

import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.network.entity.IntersectionDefinition.LocationData;
import io.greenwave.network.entity.IntersectionDefinition.PhaseData;
import io.greenwave.network.entity.IntersectionDefinition.TimingData;
import io.greenwave.network.entity.LinkDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo network and the peak-hour demand of each of its lane groups. Volumes are chosen so that
 * Webster timing runs the intersections at degrees of saturation around 0.75-0.85 in the peaks:
 * busy enough that signal control matters.
 */
public final class DemoNetwork {
  /** Centre of the fictional demo city (WGS84). */
  static final double LAT = 52.5200;

  static final double LON = 13.4050;

  /** About 300 m expressed in degrees of latitude. */
  static final double BLOCK_DEG = 0.0027;

  private DemoNetwork() {}

  /** An intersection of the demo with the peak-hour volume (veh/h) of each lane group. */
  public record DemoIntersection(
      IntersectionDefinition definition, Map<String, Integer> peakVolumes) {}

  public static List<DemoIntersection> intersections() {
    List<DemoIntersection> all = new ArrayList<>();
    all.add(isolated());
    for (int i = 1; i <= 3; i++) {
      all.add(
          twoPhase(
              "art-" + i,
              "Harbour Road & " + ordinal(i) + " Street",
              LAT - 0.01,
              LON + (i - 1) * BLOCK_DEG * 1.6,
              Map.of("E_T", 850, "W_T", 780, "N_T", 260, "S_T", 230)));
    }
    for (int row = 1; row <= 2; row++) {
      for (int col = 1; col <= 2; col++) {
        all.add(
            twoPhase(
                "grid-" + row + col,
                "Grid " + (row == 1 ? "North" : "South") + " " + (col == 1 ? "West" : "East"),
                LAT + 0.01 - (row - 1) * BLOCK_DEG,
                LON + 0.01 + (col - 1) * BLOCK_DEG * 1.6,
                Map.of("E_T", 520, "W_T", 480, "N_T", 430, "S_T", 470)));
      }
    }
    return all;
  }

  /** Links: the arterial both ways at 400 m, the grid's blocks both ways at 300 m. */
  public static List<LinkDefinition> links() {
    List<LinkDefinition> links = new ArrayList<>();
    for (int i = 1; i < 3; i++) {
      links.add(link("art-" + i, "E", "art-" + (i + 1), "W", 400, 50));
      links.add(link("art-" + (i + 1), "W", "art-" + i, "E", 400, 50));
    }
    links.add(link("grid-11", "E", "grid-12", "W", 300, 40));
    links.add(link("grid-12", "W", "grid-11", "E", 300, 40));
    links.add(link("grid-21", "E", "grid-22", "W", 300, 40));
    links.add(link("grid-22", "W", "grid-21", "E", 300, 40));
    links.add(link("grid-11", "S", "grid-21", "N", 300, 40));
    links.add(link("grid-21", "N", "grid-11", "S", 300, 40));
    links.add(link("grid-12", "S", "grid-22", "N", 300, 40));
    links.add(link("grid-22", "N", "grid-12", "S", 300, 40));
    return links;
  }

  private static DemoIntersection isolated() {
    List<LaneGroupData> groups = new ArrayList<>();
    for (String a : List.of("N", "E", "S", "W")) {
      groups.add(new LaneGroupData(a + "_T", a, List.of("THROUGH", "RIGHT"), 2, 1800));
      groups.add(new LaneGroupData(a + "_L", a, List.of("LEFT"), 1, 1700));
    }
    List<PhaseData> phases =
        List.of(
            new PhaseData("NS left", List.of("N_L", "S_L")),
            new PhaseData("NS through", List.of("N_T", "S_T")),
            new PhaseData("EW left", List.of("E_L", "W_L")),
            new PhaseData("EW through", List.of("E_T", "W_T")));
    IntersectionDefinition d =
        new IntersectionDefinition(
            "iso-1",
            "Central Avenue & Park Road",
            new LocationData(LAT, LON),
            new TimingData(7, 60, 3, 2, 40, 150),
            groups,
            phases,
            null,
            null,
            null);
    return new DemoIntersection(
        d,
        Map.of(
            "N_T", 720, "S_T", 680, "E_T", 610, "W_T", 650, "N_L", 190, "S_L", 170, "E_L", 160,
            "W_L", 180));
  }

  private static DemoIntersection twoPhase(
      String id, String name, double lat, double lon, Map<String, Integer> volumes) {
    List<LaneGroupData> groups =
        List.of(
            new LaneGroupData("N_T", "N", List.of("THROUGH", "LEFT", "RIGHT"), 1, 1700),
            new LaneGroupData("E_T", "E", List.of("THROUGH", "LEFT", "RIGHT"), 2, 1800),
            new LaneGroupData("S_T", "S", List.of("THROUGH", "LEFT", "RIGHT"), 1, 1700),
            new LaneGroupData("W_T", "W", List.of("THROUGH", "LEFT", "RIGHT"), 2, 1800));
    List<PhaseData> phases =
        List.of(
            new PhaseData("EW", List.of("E_T", "W_T")), new PhaseData("NS", List.of("N_T", "S_T")));
    IntersectionDefinition d =
        new IntersectionDefinition(
            id,
            name,
            new LocationData(round(lat), round(lon)),
            new TimingData(5, 60, 3, 2, 30, 120),
            groups,
            phases,
            null,
            null,
            null);
    return new DemoIntersection(d, volumes);
  }

  private static LinkDefinition link(
      String from, String exit, String to, String approach, double length, double speed) {
    return new LinkDefinition(null, from, exit, to, approach, length, speed, null);
  }

  /** Six decimals: about 10 cm, and no floating-point noise in what the API shows. */
  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  private static String ordinal(int i) {
    return switch (i) {
      case 1 -> "1st";
      case 2 -> "2nd";
      case 3 -> "3rd";
      default -> i + "th";
    };
  }
}
