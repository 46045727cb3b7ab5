package io.greenwave.network.entity;

/** The leg of an intersection that traffic arrives from, by compass direction. */
public enum Approach {
  N,
  E,
  S,
  W;

  /**
   * @return whether traffic from this approach crosses the path of traffic from {@code other}
   *     (north/south against east/west)
   */
  public boolean isPerpendicularTo(Approach other) {
    return (this == N || this == S) != (other == N || other == S);
  }
}
