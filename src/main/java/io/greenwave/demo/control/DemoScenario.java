package io.greenwave.demo.control;

import io.greenwave.demo.control.DemoNetwork.DemoIntersection;
import io.greenwave.evaluation.Sweeps;
import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.network.entity.IntersectionDefinition.PhaseData;
import io.greenwave.network.entity.IntersectionDefinition.TimingData;
import io.greenwave.network.entity.LinkDefinition;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.EntryFlow;
import io.greenwave.simulator.demand.TurningShares;
import io.greenwave.simulator.network.Approach;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.network.LaneGroup;
import io.greenwave.simulator.network.Link;
import io.greenwave.simulator.network.Movement;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.Phase;
import io.greenwave.simulator.network.SignalTiming;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.SimulationOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenarios a visitor can pick on the public demo page. They are the demo installation's own
 * intersections (see {@link DemoNetwork}: the same ids, geometry and peak volumes), so a policy the
 * operators deployed for {@code iso-1} in the model registry is the one the demo runs.
 *
 * <p>Demand is set by the <em>degree of saturation</em> (v/c) the first intersection would run at
 * under Webster fixed-time control: 0.85 means the critical movements use 85 % of their capacity, a
 * busy peak hour. The mix of movements stays that of the stored peak volumes.
 */
public enum DemoScenario {
  ISOLATED("isolated", "Isolated intersection: Central Avenue & Park Road (iso-1, 4 phases)"),
  ARTERIAL("arterial", "Arterial corridor: Harbour Road, 3 intersections 400 m apart (art-1..3)"),
  GRID("grid", "Grid: 2 x 2 downtown blocks, 300 m apart (grid-11..22)");

  /** One simulated hour of arrivals; the run then lets the network empty for up to 10 minutes. */
  public static final int HORIZON_SECONDS = 3600;

  static final int CLEARING_SECONDS = 600;

  private final String key;
  private final String title;

  DemoScenario(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** Short name used in URLs, file names and the bundled policy's resource. */
  public String key() {
    return key;
  }

  /** What the page shows in the scenario menu. */
  public String title() {
    return title;
  }

  /** The scenario with a key, or {@link #ISOLATED} for anything unknown. */
  public static DemoScenario byKey(String key) {
    for (DemoScenario s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return ISOLATED;
  }

  /** Ids of the demo intersections this scenario consists of, in network order. */
  public List<String> intersectionIds() {
    return switch (this) {
      case ISOLATED -> List.of("iso-1");
      case ARTERIAL -> List.of("art-1", "art-2", "art-3");
      case GRID -> List.of("grid-11", "grid-12", "grid-21", "grid-22");
    };
  }

  /** The scenario at the given degree of saturation of its first intersection under Webster. */
  public Scenario build(double degreeOfSaturation) {
    Map<String, DemoIntersection> byId = new HashMap<>();
    for (DemoIntersection d : DemoNetwork.intersections()) {
      byId.put(d.definition().id(), d);
    }
    List<Intersection> intersections = new ArrayList<>();
    for (String id : intersectionIds()) {
      intersections.add(intersection(byId.get(id).definition()));
    }
    List<Link> links = new ArrayList<>();
    for (LinkDefinition l : DemoNetwork.links()) {
      if (intersectionIds().contains(l.from()) && intersectionIds().contains(l.to())) {
        links.add(
            new Link(
                l.from(),
                l.to(),
                Approach.valueOf(l.toApproach()),
                l.lengthMetres(),
                l.speedKmh()));
      }
    }
    Network network =
        new Network(intersections, links, Network.DEFAULT_ENTRY_LENGTH, Network.DEFAULT_SPEED);
    Scenario base =
        Scenario.of("demo " + key, network, demand(network, byId))
            .withOptions(SimulationOptions.DEFAULTS.withHorizon(HORIZON_SECONDS, CLEARING_SECONDS));
    return Sweeps.atDegreeOfSaturation(base, degreeOfSaturation);
  }

  /**
   * Entry flows from the stored peak volumes: an entry approach gets the volume of its lane groups;
   * turning shares follow the volumes of separate left/through lane groups (the through group's
   * vehicles split 85/15 between through and right), else the simulator's default 80/10/10.
   */
  private static Demand demand(Network network, Map<String, DemoIntersection> byId) {
    List<EntryFlow> flows = new ArrayList<>();
    Map<String, TurningShares> turning = new HashMap<>();
    for (String leg : network.entryLegs()) {
      String[] parts = leg.split(":");
      String id = parts[0];
      Approach approach = Approach.valueOf(parts[1]);
      Map<String, Integer> volumes = byId.get(id).peakVolumes();
      int through = volumes.getOrDefault(approach + "_T", 0);
      int left = volumes.getOrDefault(approach + "_L", 0);
      flows.add(EntryFlow.constant(id, approach, through + left));
      if (left > 0) {
        double total = through + left;
        turning.put(
            id + ":" + approach,
            new TurningShares(0.85 * through / total, left / total, 0.15 * through / total));
      }
    }
    return Demand.ofFlows(flows, turning);
  }

  private static Intersection intersection(IntersectionDefinition d) {
    List<LaneGroup> groups = new ArrayList<>();
    for (LaneGroupData g : d.laneGroups()) {
      Set<Movement> movements = new LinkedHashSet<>();
      g.movements().forEach(m -> movements.add(Movement.valueOf(m)));
      groups.add(
          new LaneGroup(
              g.id(), Approach.valueOf(g.approach()), movements, g.lanes(), g.saturationFlow()));
    }
    List<Phase> phases = new ArrayList<>();
    for (PhaseData p : d.phases()) {
      phases.add(new Phase(Set.copyOf(p.laneGroups())));
    }
    TimingData t = d.timing();
    SignalTiming timing =
        new SignalTiming(
            t.minGreen(), t.maxGreen(), t.yellow(), t.allRed(), t.cycleMin(), t.cycleMax());
    return new Intersection(d.id(), groups, phases, timing);
  }
}
