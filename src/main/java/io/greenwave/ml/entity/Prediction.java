package io.greenwave.ml.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The answer to a field controller: the next signal decision (always within the intersection's
 * timing limits), the demand forecast per lane group with prediction intervals, which model
 * versions answered, and whether a classic fallback answered instead of the learned policy.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({
  "intersectionId",
  "timestamp",
  "decision",
  "forecast",
  "models",
  "fallback",
  "fallbackReason",
  "shadow",
  "latencyMicros"
})
public record Prediction(
    String intersectionId,
    String timestamp,
    Decision decision,
    ForecastView forecast,
    Models models,
    boolean fallback,
    String fallbackReason,
    Shadow shadow,
    long latencyMicros) {

  /**
   * The next phase and how long to give it green. {@code confidence} is in [0, 1]: the learned
   * policy's margin between its best and second-best phase scores, normalised by the margin typical
   * of its training (0.5 = a typical decision); null for the fallback. {@code constrained} says the
   * timing limits overrode the policy (min green not served, or max green reached).
   */
  @JsonbNillable(false)
  public record Decision(
      int phase,
      String phaseName,
      String action,
      int greenSeconds,
      Double confidence,
      boolean constrained) {}

  /** The demand forecast for the next intervals. */
  public record ForecastView(
      String nextIntervalStart,
      int intervalSeconds,
      double coverage,
      List<LaneGroupForecastView> laneGroups)
      implements java.io.Serializable {}

  /** Vehicles expected on a lane group in an interval, with the prediction interval. */
  public record LaneGroupForecastView(
      String laneGroup, int stepsAhead, double vehicles, double lower, double upper)
      implements java.io.Serializable {}

  /** The versions that answered (null where none is active). */
  @JsonbNillable(false)
  public record Models(ModelRef policy, ModelRef forecaster) {}

  /** A model version: id and number. */
  public record ModelRef(String id, int version) {}

  /** The shadow candidate's decision, logged and compared, not served. */
  public record Shadow(String modelId, int phase, boolean agrees) {}
}
