package io.greenwave.simulator.engine;

/** What a lane group's signal head shows. */
public enum SignalAspect {
  GREEN,
  YELLOW,
  RED
}
