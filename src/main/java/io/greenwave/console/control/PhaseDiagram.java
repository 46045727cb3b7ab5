package io.greenwave.console.control;

import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.network.entity.IntersectionDefinition.PhaseData;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The phase diagram: for each phase, arrows for the movements that have green, drawn on a 150×150
 * plan of the junction (north up, right-hand traffic). Arrows are drawn for traffic arriving from
 * the north and turned about the centre for the other approaches.
 */
public final class PhaseDiagram {
  /** Paths of a north approach's movements (southbound, keeping right). */
  static final Map<String, String> NORTH_PATHS =
      Map.of(
          "THROUGH", "M64,4 L64,140",
          "RIGHT", "M64,4 L64,48 Q64,64 48,64 L8,64",
          "LEFT", "M64,4 L64,70 Q64,88 82,88 L142,88");

  /** Clockwise rotation of each approach's arrows from the north's. */
  static final Map<String, Integer> ROTATION = Map.of("N", 0, "E", 90, "S", 180, "W", 270);

  private PhaseDiagram() {}

  /** One arrow: the SVG path and its rotation about the centre. */
  public record Arrow(String path, int rotation, String title) implements Serializable {}

  /** One phase: its name, the lane groups it serves and their arrows. */
  public record Sketch(String name, List<String> laneGroups, List<Arrow> arrows)
      implements Serializable {}

  public static List<Sketch> of(IntersectionDefinition d) {
    Map<String, LaneGroupData> groups =
        d.laneGroups() == null
            ? Map.of()
            : d.laneGroups().stream()
                .filter(g -> g.id() != null)
                .collect(Collectors.toMap(LaneGroupData::id, Function.identity(), (a, b) -> a));
    List<Sketch> sketches = new ArrayList<>();
    for (PhaseData p : d.phases() == null ? List.<PhaseData>of() : d.phases()) {
      List<Arrow> arrows = new ArrayList<>();
      List<String> served = p.laneGroups() == null ? List.of() : p.laneGroups();
      for (String id : served) {
        LaneGroupData g = groups.get(id);
        if (g == null || g.movements() == null || !ROTATION.containsKey(g.approach())) {
          continue;
        }
        for (String movement : g.movements()) {
          String path = NORTH_PATHS.get(movement);
          if (path != null) {
            arrows.add(
                new Arrow(path, ROTATION.get(g.approach()), id + " " + movement.toLowerCase()));
          }
        }
      }
      sketches.add(new Sketch(p.name(), served, arrows));
    }
    return sketches;
  }
}
