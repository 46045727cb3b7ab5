package io.greenwave.ml.control;

/**
 * Where a training run reports its progress; answers whether the run should stop (cancelled).
 * Implemented by the job runner, which persists progress at most once a second.
 */
public interface TrainingProgressSink {
  /**
   * @param fraction 0..1
   * @param phase what the run is doing, in words
   * @param metric the current quality figure (forecaster: none; policy: mean delay s/veh), or null
   * @param curvePoint a learning-curve point to append (episodes, seconds, delay), or null
   * @return true when the run must stop
   */
  boolean report(double fraction, String phase, Double metric, double[] curvePoint);

  /**
   * @return whether the run has been cancelled
   */
  boolean cancelled();
}
