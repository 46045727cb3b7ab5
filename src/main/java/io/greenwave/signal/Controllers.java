package io.greenwave.signal;

import java.util.List;
import java.util.Map;

/**
 * The classic controllers by name, as the scenario file and the command line know them: {@code
 * webster}, {@code fixed}, {@code actuated}, {@code max-pressure}, {@code longest-queue-first}.
 *
 * <p>Numeric settings are read from a map with keys {@code "<name>.<setting>"}: {@code
 * actuated.passageTime}, {@code actuated.maxGreenFactor}, {@code max-pressure.decisionInterval},
 * {@code max-pressure.switchPenalty}, {@code longest-queue-first.decisionInterval}.
 */
public final class Controllers {
  /** Names of the classic controllers. */
  public static final List<String> NAMES =
      List.of("webster", "fixed", "actuated", "max-pressure", "longest-queue-first");

  private Controllers() {}

  /** A factory for the named controller with default settings. */
  public static ControllerFactory byName(String name) {
    return byName(name, Map.of());
  }

  /** A factory for the named controller. */
  public static ControllerFactory byName(String name, Map<String, Double> settings) {
    return switch (name) {
      case "webster" -> i -> FixedTimeController.webster();
      case "fixed" -> i -> FixedTimeController.givenPlan();
      case "actuated" ->
          i ->
              new ActuatedController(
                  (int) setting(settings, "actuated.passageTime", 1),
                  setting(settings, "actuated.maxGreenFactor", 1.0));
      case "max-pressure" ->
          i ->
              new MaxPressureController(
                  (int) setting(settings, "max-pressure.decisionInterval", 1),
                  setting(settings, "max-pressure.switchPenalty", 20),
                  setting(settings, "max-pressure.lookAhead", 0) != 0);
      case "longest-queue-first" ->
          i ->
              new LongestQueueFirstController(
                  (int) setting(settings, "longest-queue-first.decisionInterval", 5));
      default ->
          throw new IllegalArgumentException(
              "unknown controller '" + name + "', known: " + String.join(", ", NAMES));
    };
  }

  private static double setting(Map<String, Double> settings, String key, double fallback) {
    Double value = settings.get(key);
    return value == null ? fallback : value;
  }
}
