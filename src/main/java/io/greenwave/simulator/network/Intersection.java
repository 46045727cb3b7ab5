package io.greenwave.simulator.network;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A signalised intersection: lane groups on up to four approaches, the phases that serve them and
 * the timing limits. Mirrors the platform's stored intersection.
 */
public record Intersection(
    String id, List<LaneGroup> laneGroups, List<Phase> phases, SignalTiming timing) {

  public Intersection {
    Objects.requireNonNull(id, "id");
    laneGroups = List.copyOf(laneGroups);
    phases = List.copyOf(phases);
    timing = timing == null ? SignalTiming.DEFAULTS : timing;
    checkLaneGroups(id, laneGroups);
    checkPhases(id, laneGroups, phases);
  }

  /** Index of the lane group with this id, or -1. */
  public int laneGroupIndex(String laneGroupId) {
    for (int i = 0; i < laneGroups.size(); i++) {
      if (laneGroups.get(i).id().equals(laneGroupId)) {
        return i;
      }
    }
    return -1;
  }

  /** The lane group serving a movement from an approach, if the intersection has one. */
  public Optional<LaneGroup> laneGroupFor(Approach approach, Movement movement) {
    return laneGroups.stream()
        .filter(g -> g.approach() == approach && g.movements().contains(movement))
        .findFirst();
  }

  /** Whether any lane group serves vehicles coming from this approach. */
  public boolean hasApproach(Approach approach) {
    return laneGroups.stream().anyMatch(g -> g.approach() == approach);
  }

  private static void checkLaneGroups(String id, List<LaneGroup> groups) {
    Set<String> ids = new HashSet<>();
    Set<String> movements = new HashSet<>();
    for (LaneGroup g : groups) {
      if (!ids.add(g.id())) {
        throw new IllegalArgumentException(id + ": duplicate lane group " + g.id());
      }
      for (Movement m : g.movements()) {
        if (!movements.add(g.approach() + ":" + m)) {
          throw new IllegalArgumentException(
              id + ": movement " + m + " from " + g.approach() + " is in two lane groups");
        }
      }
    }
  }

  private static void checkPhases(String id, List<LaneGroup> groups, List<Phase> phases) {
    if (phases.isEmpty()) {
      throw new IllegalArgumentException(id + ": no phases");
    }
    Set<String> served = new HashSet<>();
    for (Phase p : phases) {
      for (String lg : p.laneGroups()) {
        if (groups.stream().noneMatch(g -> g.id().equals(lg))) {
          throw new IllegalArgumentException(id + ": phase names unknown lane group " + lg);
        }
      }
      checkNoCrossingThroughs(id, groups, p);
      served.addAll(p.laneGroups());
    }
    for (LaneGroup g : groups) {
      if (!served.contains(g.id())) {
        throw new IllegalArgumentException(id + ": lane group " + g.id() + " is in no phase");
      }
    }
  }

  /** Through movements from perpendicular approaches cross: they may never share a green. */
  private static void checkNoCrossingThroughs(String id, List<LaneGroup> groups, Phase phase) {
    boolean northSouth = false;
    boolean eastWest = false;
    for (LaneGroup g : groups) {
      if (phase.laneGroups().contains(g.id()) && g.movements().contains(Movement.THROUGH)) {
        boolean ns = g.approach() == Approach.N || g.approach() == Approach.S;
        northSouth |= ns;
        eastWest |= !ns;
      }
    }
    if (northSouth && eastWest) {
      throw new IllegalArgumentException(
          id + ": phase " + phase.laneGroups() + " gives green to crossing through movements");
    }
  }
}
