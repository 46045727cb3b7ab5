package io.greenwave.streaming.entity;

import java.util.List;

/** The kinds of live events a client can subscribe to. */
public final class EventTypes {
  /** Every type, in the documented order. */
  public static final List<String> ALL =
      List.of("metrics", "readings", "decisions", "jobs", "deployments", "alerts", "simulation");

  private EventTypes() {}
}
