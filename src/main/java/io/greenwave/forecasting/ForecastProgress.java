package io.greenwave.forecasting;

/**
 * Where a forecaster training stands, for a job's progress bar.
 *
 * @param phase what runs now: "features", "training", "evaluating" or "done"
 * @param fraction share done, 0-1
 * @param message a line for people, e.g. the rows being learned or the measured WAPE
 */
public record ForecastProgress(String phase, double fraction, String message) {

  /** Receives progress from the training thread. */
  @FunctionalInterface
  public interface Listener {
    /** Ignores progress. */
    Listener NONE = p -> {};

    void onProgress(ForecastProgress progress);
  }
}
