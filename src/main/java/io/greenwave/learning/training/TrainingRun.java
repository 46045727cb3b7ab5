package io.greenwave.learning.training;

import io.greenwave.learning.CurvePoint;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.signal.ControllerFactory;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.SimulationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * What every training method shares: the scenario, the episode scenarios and seeds derived from the
 * master seed, a thread pool, the validation curve and progress reporting.
 *
 * <p>Reproducibility with threads: every episode's scenario, seed and exploration stream is derived
 * from (master seed, episode number) only, and results are combined in episode order, never in
 * completion order. The number of threads changes the wall time, not the policy.
 */
final class TrainingRun implements AutoCloseable {
  /** Validation seeds of the learning curve; the evaluation uses other seeds (held out). */
  static final List<Long> VALIDATION_SEEDS = List.of(900_001L, 900_002L);

  final Scenario scenario;
  final Hyperparameters h;
  private final TrainingListener listener;
  private final Cancellation cancellation;
  private final ScenarioRandomiser randomiser;
  private final ExecutorService pool;
  private final long start = System.nanoTime();
  final List<CurvePoint> curve = new ArrayList<>();

  TrainingRun(
      Scenario scenario, Hyperparameters h, TrainingListener listener, Cancellation cancellation) {
    this.scenario = scenario.withOptions(trainingOptions(scenario.options(), h));
    this.h = h;
    this.listener = listener == null ? TrainingListener.NONE : listener;
    this.cancellation = cancellation == null ? Cancellation.NEVER : cancellation;
    this.randomiser = h.randomise() ? ScenarioRandomiser.DEFAULT : ScenarioRandomiser.NONE;
    this.pool = Executors.newFixedThreadPool(h.workers(), TrainingRun::daemon);
  }

  /**
   * The scenario's options with the training horizon and without the shield's wall-clock decision
   * budget: on a loaded machine a GC pause or a descheduled thread would otherwise trip the
   * fallback in some training runs and not in others, and training would stop being reproducible
   * from the seed. (Decisions take well under a microsecond; evaluation keeps the budget.)
   */
  private static SimulationOptions trainingOptions(SimulationOptions o, Hyperparameters h) {
    return new SimulationOptions(
        h.episodeSeconds(),
        o.clearingSeconds(),
        o.detectorIntervalSeconds(),
        o.detectionHorizonMeters(),
        TimeUnit.DAYS.toMillis(1),
        false,
        o.coordinate());
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "policy-training");
    t.setDaemon(true);
    return t;
  }

  /** The random stream of one episode (scenario perturbation, seed, exploration). */
  SplittableRandom episodeRandom(long episode) {
    return new SplittableRandom(h.seed() * 0x9E3779B97F4A7C15L + episode * 0xBF58476D1CE4E5B9L);
  }

  /** The (perturbed) scenario of one training episode. */
  Scenario episodeScenario(long episode) {
    return randomiser.randomise(scenario, episodeRandom(episode));
  }

  /** The simulation seed of one training episode (never a validation or evaluation seed). */
  long episodeSeed(long episode) {
    return 1_000_000_000L + Math.floorMod(episodeRandom(episode).nextLong(), 1_000_000_000L);
  }

  /** Runs tasks on the pool and returns their results in task order. */
  <T> List<T> parallel(int count, IntFunction<T> task) {
    List<Future<T>> futures = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int index = k;
      futures.add(pool.submit(() -> task.apply(index)));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      try {
        results.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("training interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("training episode failed: " + e.getCause(), e.getCause());
      }
    }
    return results;
  }

  /** Mean delay (s/veh) of one run. */
  static double meanDelay(Scenario s, ControllerFactory controllers, long seed) {
    return new Simulation(s, controllers).run(seed).totals().meanDelay();
  }

  /** Mean delay of a greedy policy on the validation seeds of the nominal scenario, in parallel. */
  double validate(ControllerFactory controllers) {
    List<Double> delays =
        parallel(
            VALIDATION_SEEDS.size(),
            k -> meanDelay(scenario, controllers, VALIDATION_SEEDS.get(k)));
    return delays.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** Records a curve point and tells the listener. */
  void report(int episodes, double meanDelay) {
    double seconds = seconds();
    curve.add(new CurvePoint(episodes, seconds, meanDelay));
    listener.onProgress(new TrainingProgress(episodes, h.episodes(), seconds, meanDelay));
  }

  boolean cancelled() {
    return cancellation.isCancelled();
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
