package io.greenwave.streaming.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * How a client wants events written. {@code dashboard} is the compact current-value form for
 * high-frequency updates (short keys, coalesced to the latest value per intersection and type when
 * the client falls behind); {@code chart} gives time/value points per numeric field; {@code table}
 * gives a row with its column names. Chart and table keep every event (no coalescing) because a
 * series with holes misleads.
 */
public enum Format {
  DASHBOARD,
  CHART,
  TABLE;

  public static Optional<Format> parse(String name) {
    if (name == null) {
      return Optional.of(DASHBOARD);
    }
    for (Format f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Whether a newer event replaces a queued one with the same intersection and type. */
  public boolean coalesces() {
    return this == DASHBOARD;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
