package io.greenwave.network.entity;

/** Where a vehicle goes after the stop line, seen from its approach. */
public enum Movement {
  THROUGH,
  LEFT,
  RIGHT
}
