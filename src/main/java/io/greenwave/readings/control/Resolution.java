package io.greenwave.readings.control;

import io.greenwave.platform.entity.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The time grain of a readings query: raw intervals, or sums per 15 minutes, hour or day. */
public enum Resolution {
  RAW("raw", 0),
  QUARTER_HOUR("15m", 900),
  HOUR("1h", 3600),
  DAY("1d", 86400);

  private final String label;
  private final int seconds;

  Resolution(String label, int seconds) {
    this.label = label;
    this.seconds = seconds;
  }

  public String label() {
    return label;
  }

  /**
   * @return bucket length in seconds; 0 for raw
   */
  public int seconds() {
    return seconds;
  }

  public static Resolution parse(String text) {
    if (text == null || text.isBlank()) {
      return RAW;
    }
    return Arrays.stream(values())
        .filter(r -> r.label.equalsIgnoreCase(text.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                ProblemException.invalidField(
                    "resolution",
                    "must be one of "
                        + Arrays.stream(values())
                            .map(Resolution::label)
                            .collect(Collectors.joining(", "))));
  }
}
