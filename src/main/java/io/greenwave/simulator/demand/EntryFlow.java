package io.greenwave.simulator.demand;

import io.greenwave.simulator.network.Approach;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Vehicles entering the network on one entry leg.
 *
 * @param intersection id of the intersection whose approach is the entry leg
 * @param approach the entry approach
 * @param vehiclesPerHour base flow, veh/h
 * @param profile optional time-varying factors; empty means constant flow
 */
public record EntryFlow(
    String intersection, Approach approach, double vehiclesPerHour, List<ProfileSegment> profile) {

  public EntryFlow {
    Objects.requireNonNull(intersection, "intersection");
    Objects.requireNonNull(approach, "approach");
    if (vehiclesPerHour < 0) {
      throw new IllegalArgumentException("negative flow on " + intersection + ":" + approach);
    }
    profile =
        profile == null
            ? List.of()
            : profile.stream().sorted(Comparator.comparingInt(ProfileSegment::fromSecond)).toList();
  }

  /** A constant flow. */
  public static EntryFlow constant(String intersection, Approach approach, double vehiclesPerHour) {
    return new EntryFlow(intersection, approach, vehiclesPerHour, List.of());
  }

  /** Flow at a given second, veh/h. */
  public double flowAt(int second) {
    double factor = 1.0;
    for (ProfileSegment s : profile) {
      if (s.fromSecond() <= second) {
        factor = s.factor();
      }
    }
    return vehiclesPerHour * factor;
  }

  /** The same entry with its flow multiplied (demand sweeps). */
  public EntryFlow scaled(double multiplier) {
    return new EntryFlow(intersection, approach, vehiclesPerHour * multiplier, profile);
  }
}
