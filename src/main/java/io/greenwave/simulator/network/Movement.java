package io.greenwave.simulator.network;

/** What a vehicle does at an intersection, seen from its approach. */
public enum Movement {
  THROUGH,
  LEFT,
  RIGHT
}
