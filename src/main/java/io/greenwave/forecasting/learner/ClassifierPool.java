package io.greenwave.forecasting.learner;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;

/**
 * Hands out a trained classifier for the duration of one call. A thread-safe classifier
 * (RandomForest) is simply shared; any other is lent as an exclusive copy: LinearRegression throws
 * and M5P and MultilayerPerceptron silently answer wrong when two threads use one instance (they
 * keep filter and node state between calls). Copies are made on demand with {@link
 * AbstractClassifier#makeCopy} and kept for reuse, so the pool grows to the peak concurrency and no
 * further; unlike a ThreadLocal it does not pin a copy to every thread of a container pool.
 */
public final class ClassifierPool {
  private final Classifier prototype;
  private final boolean threadSafe;
  private final ConcurrentLinkedQueue<Classifier> idle = new ConcurrentLinkedQueue<>();

  public ClassifierPool(Classifier trained, boolean threadSafe) {
    this.prototype = trained;
    this.threadSafe = threadSafe;
  }

  /** The trained classifier as built (for serialisation; never call it from several threads). */
  public Classifier prototype() {
    return prototype;
  }

  /** Runs {@code work} with a classifier that no other thread uses meanwhile. */
  public <T> T with(Function<Classifier, T> work) {
    if (threadSafe) {
      return work.apply(prototype);
    }
    Classifier lent = idle.poll();
    if (lent == null) {
      lent = copy();
    }
    try {
      return work.apply(lent);
    } finally {
      idle.offer(lent);
    }
  }

  private Classifier copy() {
    try {
      // The prototype itself is never lent: copying it while another thread uses it could catch
      // half-updated state.
      synchronized (prototype) {
        return AbstractClassifier.makeCopy(prototype);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot copy the classifier: " + e.getMessage(), e);
    }
  }
}
