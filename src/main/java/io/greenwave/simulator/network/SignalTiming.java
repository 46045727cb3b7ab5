package io.greenwave.simulator.network;

/**
 * Timing limits of an intersection's signal, in seconds. Every controller runs inside them: the
 * safety shield never ends a green before {@code minGreen}, never holds it beyond {@code maxGreen},
 * and always inserts {@code yellow} then {@code allRed} between two phases.
 *
 * @param minGreen shortest green interval
 * @param maxGreen longest green interval
 * @param yellow yellow (amber) interval; vehicles still discharge during yellow
 * @param allRed all-red clearance after yellow
 * @param cycleMin shortest cycle a timing plan may use
 * @param cycleMax longest cycle a timing plan may use
 */
public record SignalTiming(
    int minGreen, int maxGreen, int yellow, int allRed, int cycleMin, int cycleMax) {

  /** Start-up lost time at the beginning of each green, seconds (reference: about 2 s). */
  public static final int START_UP_LOST_TIME = 2;

  /** The defaults of the traffic-engineering reference: 5/60 s green, 3 s yellow, 2 s all-red. */
  public static final SignalTiming DEFAULTS = new SignalTiming(5, 60, 3, 2, 30, 150);

  public SignalTiming {
    if (minGreen < 1 || maxGreen < minGreen) {
      throw new IllegalArgumentException("need 1 <= minGreen <= maxGreen");
    }
    if (yellow < 0 || allRed < 0 || cycleMin < 1 || cycleMax < cycleMin) {
      throw new IllegalArgumentException("invalid yellow, all-red or cycle bounds");
    }
  }

  /** Yellow plus all-red: the change interval between two phases. */
  public int changeInterval() {
    return yellow + allRed;
  }

  /**
   * Lost time per phase: start-up lost time plus all-red, because vehicles use the whole yellow.
   * With the defaults this is the reference's 4 s.
   */
  public int lostTimePerPhase() {
    return START_UP_LOST_TIME + allRed;
  }
}
