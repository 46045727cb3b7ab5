package io.greenwave.simulator.network;

import java.util.Objects;

/**
 * A one-way road from one intersection to the {@code toApproach} of another. Vehicles leave {@code
 * from} by the side opposite to {@code toApproach} (a link into the west approach of {@code to}
 * starts at the east side of {@code from}).
 *
 * @param from upstream intersection id
 * @param to downstream intersection id
 * @param toApproach approach of {@code to} the link feeds
 * @param lengthMeters length, which also bounds how many vehicles it can store
 * @param speedKmh free-flow speed (speed limit)
 */
public record Link(
    String from, String to, Approach toApproach, double lengthMeters, double speedKmh) {
  public Link {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(toApproach, "toApproach");
    if (lengthMeters <= 0 || speedKmh <= 0) {
      throw new IllegalArgumentException("link " + from + "->" + to + " needs length and speed");
    }
  }

  /** The side of {@code from} by which vehicles enter this link. */
  public Approach fromSide() {
    return toApproach.opposite();
  }
}
