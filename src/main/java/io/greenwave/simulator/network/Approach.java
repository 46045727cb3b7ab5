package io.greenwave.simulator.network;

/**
 * The side of an intersection a vehicle comes from. A vehicle on the {@code N} approach travels
 * southbound. Vehicles drive on the right, so a left turn from {@code N} leaves by the east side.
 */
public enum Approach {
  N,
  E,
  S,
  W;

  private static final Approach[] VALUES = values();

  /** The side across the intersection: where a through movement leaves. */
  public Approach opposite() {
    return VALUES[(ordinal() + 2) % 4];
  }

  /** The side a vehicle coming from this approach leaves by after the given movement. */
  public Approach exitSide(Movement movement) {
    return switch (movement) {
      case THROUGH -> opposite();
      case LEFT -> VALUES[(ordinal() + 1) % 4];
      case RIGHT -> VALUES[(ordinal() + 3) % 4];
    };
  }
}
