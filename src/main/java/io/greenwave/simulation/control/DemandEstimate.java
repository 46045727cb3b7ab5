package io.greenwave.simulation.control;

import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.LaneGroup;
import io.greenwave.network.entity.Movement;
import io.greenwave.readings.entity.Reading;
import io.greenwave.simulator.demand.ArrivalProcess;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.EntryFlow;
import io.greenwave.simulator.demand.ProfileSegment;
import io.greenwave.simulator.demand.TurningShares;
import io.greenwave.simulator.network.Approach;
import io.greenwave.simulator.network.Network;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Simulator demand from detector readings of a time window: each entry leg gets the mean flow its
 * lane groups counted, with a time-of-day profile in 15-minute steps, and turning shares estimated
 * from the movements of its lane groups. A lane group with several movements is split by a fixed
 * share (through 85 %, the turn 15 %): detectors count lane groups, not turns — state it, since it
 * is an assumption.
 */
public final class DemandEstimate {
  static final double TURN_SHARE_IN_SHARED_LANE = 0.15;

  private DemandEstimate() {}

  /**
   * @param network the simulator network (entry legs are approaches without an incoming link)
   * @param intersections the stored intersections, for lane-group movements
   * @param readings readings of the window, per intersection id
   * @param from window start; profile segments count from here
   * @param scale multiplier on all flows (what-if demand levels)
   */
  public static Demand of(
      Network network,
      List<Intersection> intersections,
      Map<String, List<Reading>> readings,
      OffsetDateTime from,
      int horizonSeconds,
      double scale) {
    List<EntryFlow> flows = new ArrayList<>();
    Map<String, TurningShares> turning = new HashMap<>();
    for (Intersection i : intersections) {
      List<Reading> own = readings.getOrDefault(i.id(), List.of());
      for (io.greenwave.network.entity.Approach a : io.greenwave.network.entity.Approach.values()) {
        List<LaneGroup> groups = i.laneGroups().stream().filter(g -> g.approach() == a).toList();
        if (groups.isEmpty()) {
          continue;
        }
        Approach approach = Approach.valueOf(a.name());
        turning.put(i.id() + ":" + approach, shares(groups, own));
        if (network.linkInto(i.id(), approach).isPresent()) {
          continue;
        }
        Set<String> ids = new java.util.HashSet<>();
        groups.forEach(g -> ids.add(g.id()));
        List<Reading> leg = own.stream().filter(r -> ids.contains(r.laneGroup())).toList();
        flows.add(entryFlow(i.id(), approach, leg, from, horizonSeconds, scale));
      }
    }
    return new Demand(flows, turning, TurningShares.DEFAULT, ArrivalProcess.POISSON, List.of());
  }

  private static EntryFlow entryFlow(
      String intersection,
      Approach approach,
      List<Reading> leg,
      OffsetDateTime from,
      int horizonSeconds,
      double scale) {
    TreeMap<Integer, Double> vehiclesBySegment = new TreeMap<>();
    for (Reading r : leg) {
      long offset = r.intervalStart().toEpochSecond() - from.toEpochSecond();
      if (offset >= 0 && offset < horizonSeconds) {
        vehiclesBySegment.merge((int) (offset / 900) * 900, (double) r.vehicleCount(), Double::sum);
      }
    }
    int segments = Math.max(1, (int) Math.ceil(horizonSeconds / 900.0));
    double total = vehiclesBySegment.values().stream().mapToDouble(Double::doubleValue).sum();
    double meanPerHour = total * 3600.0 / (segments * 900.0);
    List<ProfileSegment> profile = new ArrayList<>();
    if (meanPerHour > 0 && segments > 1) {
      for (int s = 0; s < segments; s++) {
        double segmentPerHour = vehiclesBySegment.getOrDefault(s * 900, 0.0) * 4;
        profile.add(new ProfileSegment(s * 900, segmentPerHour / meanPerHour));
      }
    }
    return new EntryFlow(intersection, approach, meanPerHour * scale, profile);
  }

  private static TurningShares shares(List<LaneGroup> groups, List<Reading> readings) {
    Map<String, Double> volume = new HashMap<>();
    readings.forEach(r -> volume.merge(r.laneGroup(), (double) r.vehicleCount(), Double::sum));
    double through = 0;
    double left = 0;
    double right = 0;
    for (LaneGroup g : groups) {
      double v = volume.getOrDefault(g.id(), 0.0);
      Set<Movement> m = g.movements();
      int turns = (m.contains(Movement.LEFT) ? 1 : 0) + (m.contains(Movement.RIGHT) ? 1 : 0);
      double turnShare = m.contains(Movement.THROUGH) ? TURN_SHARE_IN_SHARED_LANE : 1.0 / turns;
      if (m.contains(Movement.THROUGH)) {
        through += v * (1 - turnShare * turns);
      }
      left += m.contains(Movement.LEFT) ? v * turnShare : 0;
      right += m.contains(Movement.RIGHT) ? v * turnShare : 0;
    }
    double sum = through + left + right;
    if (sum <= 0) {
      return TurningShares.DEFAULT;
    }
    return new TurningShares(through / sum, left / sum, right / sum);
  }
}
