package io.greenwave.simulator.demand;

import io.greenwave.simulator.network.Movement;

/**
 * Shares of the vehicles on an approach that go through, turn left and turn right. They need not
 * sum to one: they are normalised over the movements the approach actually has.
 */
public record TurningShares(double through, double left, double right) {

  /** Used where a scenario gives no shares: 80 % through, 10 % left, 10 % right. */
  public static final TurningShares DEFAULT = new TurningShares(0.8, 0.1, 0.1);

  public TurningShares {
    if (through < 0 || left < 0 || right < 0) {
      throw new IllegalArgumentException("turning shares must not be negative");
    }
  }

  /** The share of one movement, before normalisation. */
  public double share(Movement movement) {
    return switch (movement) {
      case THROUGH -> through;
      case LEFT -> left;
      case RIGHT -> right;
    };
  }
}
