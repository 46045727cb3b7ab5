package io.greenwave.simulator.demand;

import io.greenwave.simulator.network.Movement;
import java.util.Objects;

/** What a vehicle of an explicit list does at one intersection of its route. */
public record RouteStep(String intersection, Movement movement) {
  public RouteStep {
    Objects.requireNonNull(intersection, "intersection");
    Objects.requireNonNull(movement, "movement");
  }
}
