package io.greenwave.simulator.demand;

import io.greenwave.simulator.network.Approach;
import java.util.List;
import java.util.Objects;

/**
 * One vehicle of an explicit demand list.
 *
 * @param departureSecond second at which it enters its entry leg
 * @param entryApproach approach of the first route intersection it enters by (an entry leg)
 * @param route intersections it crosses, in order, with its movement at each; each step must lead
 *     onto the link to the next one, and the last step must lead out of the network
 */
public record ScheduledVehicle(int departureSecond, Approach entryApproach, List<RouteStep> route) {
  public ScheduledVehicle {
    Objects.requireNonNull(entryApproach, "entryApproach");
    route = List.copyOf(route);
    if (departureSecond < 0 || route.isEmpty()) {
      throw new IllegalArgumentException("a scheduled vehicle needs a departure >= 0 and a route");
    }
  }
}
