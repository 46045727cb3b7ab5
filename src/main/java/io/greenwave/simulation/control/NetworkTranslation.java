package io.greenwave.simulation.control;

import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.LaneGroup;
import io.greenwave.network.entity.Link;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.simulator.network.Approach;
import io.greenwave.simulator.network.Movement;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.Phase;
import io.greenwave.simulator.network.SignalTiming;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns stored intersections and the links between them into the simulator's network. The two
 * models mirror each other; the simulator is stricter in one way — an approach's movement must be
 * served by one lane group only — and such an intersection is refused with the reason.
 */
public final class NetworkTranslation {
  private NetworkTranslation() {}

  public static Network of(List<Intersection> intersections, List<Link> links) {
    Set<String> ids = new HashSet<>();
    intersections.forEach(i -> ids.add(i.id()));
    List<io.greenwave.simulator.network.Intersection> nodes =
        intersections.stream().map(NetworkTranslation::intersection).toList();
    List<io.greenwave.simulator.network.Link> edges =
        links.stream()
            .filter(l -> ids.contains(l.fromIntersection()) && ids.contains(l.toIntersection()))
            .map(
                l ->
                    new io.greenwave.simulator.network.Link(
                        l.fromIntersection(),
                        l.toIntersection(),
                        Approach.valueOf(l.toApproach().name()),
                        l.lengthMetres(),
                        l.speedKmh()))
            .toList();
    try {
      return new Network(nodes, edges, Network.DEFAULT_ENTRY_LENGTH, Network.DEFAULT_SPEED);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "intersections", "cannot be simulated: " + e.getMessage());
    }
  }

  static io.greenwave.simulator.network.Intersection intersection(Intersection i) {
    try {
      var t = i.timing();
      return new io.greenwave.simulator.network.Intersection(
          i.id(),
          i.laneGroups().stream().map(NetworkTranslation::laneGroup).toList(),
          i.phases().stream().map(p -> new Phase(Set.copyOf(p.laneGroups()))).toList(),
          new SignalTiming(
              t.minGreen(), t.maxGreen(), t.yellow(), t.allRed(), t.cycleMin(), t.cycleMax()));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "intersections", "'" + i.id() + "' cannot be simulated: " + e.getMessage());
    }
  }

  private static io.greenwave.simulator.network.LaneGroup laneGroup(LaneGroup g) {
    EnumSet<Movement> movements = EnumSet.noneOf(Movement.class);
    g.movements().forEach(m -> movements.add(Movement.valueOf(m.name())));
    return new io.greenwave.simulator.network.LaneGroup(
        g.id(),
        Approach.valueOf(g.approach().name()),
        movements,
        g.lanes(),
        g.saturationFlowPerLane());
  }
}
