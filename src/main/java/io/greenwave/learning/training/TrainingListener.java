package io.greenwave.learning.training;

/** Receives training progress, e.g. to move a progress bar or stream a learning curve. */
@FunctionalInterface
public interface TrainingListener {
  /** Ignores progress. */
  TrainingListener NONE = p -> {};

  /** Called from the training thread after every validation point. */
  void onProgress(TrainingProgress progress);
}
