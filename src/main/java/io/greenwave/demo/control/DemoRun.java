package io.greenwave.demo.control;

import io.greenwave.signal.Controllers;
import io.greenwave.simulator.engine.TrafficSnapshot;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One visitor's demo: the same scenario simulated twice in lock step, with the same seed and so the
 * same vehicles at the same times on both sides (common random numbers). Left: the classic
 * controller the visitor chose (Webster fixed time or actuated); right: Greenwave's learned policy
 * (deployed in the model registry, else the bundled demo policy), switchable to the Webster plan.
 *
 * <p>Wall-clock time drives it through {@link #tick(long)}: at speed s, s simulated seconds per
 * second. Every {@link #SAMPLE_SECONDS} simulated seconds both sides are measured for the charts
 * and the CSV export. Thread-safe: the page's requests and the scheduler's ticks synchronise on the
 * run.
 */
public final class DemoRun {
  /** Simulated seconds between two chart points. */
  public static final int SAMPLE_SECONDS = 10;

  /** Columns of {@link #csv()}. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "time_s",
          "baseline_controller",
          "baseline_avg_delay_s",
          "baseline_queue_veh",
          "baseline_throughput_veh_h",
          "baseline_served",
          "greenwave_controller",
          "greenwave_avg_delay_s",
          "greenwave_queue_veh",
          "greenwave_throughput_veh_h",
          "greenwave_served");

  private final PolicySource deployed;
  private final LiveSwitches switches;
  private DemoSettings settings;
  private Scenario scenario;
  private DemoSide baseline;
  private DemoSide greenwave;
  private DemoLayout layout;
  private String layoutJson;
  private String modelLabel;
  private final List<DemoSample> samples = new ArrayList<>();
  private boolean running;
  private double pendingSeconds;
  private int generation;

  /** A paused run of the given settings. */
  public DemoRun(DemoSettings settings, PolicySource deployed) {
    this.deployed = deployed;
    this.switches = new LiveSwitches(settings.decisionIntervalSeconds());
    reset(settings);
  }

  /** Starts over (paused) with new settings: new networks, same seed means the same traffic. */
  public synchronized void reset(DemoSettings newSettings) {
    settings = newSettings;
    switches.decisionIntervalSeconds(newSettings.decisionIntervalSeconds());
    scenario = newSettings.scenario().build(newSettings.degreeOfSaturation());
    List<PolicyChoice> choices = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (Intersection x : scenario.network().intersections()) {
      PolicyChoice c =
          deployed
              .deployed(x.id(), x.phases().size())
              .orElseGet(() -> BundledPolicies.choice(newSettings.scenario(), x.id()));
      choices.add(c);
      labels.add(c.label());
    }
    modelLabel = String.join("; ", labels);
    baseline =
        new DemoSide(scenario, Controllers.byName(newSettings.baseline()), newSettings.seed());
    greenwave =
        new DemoSide(
            scenario,
            i -> new GreenwaveSideController(choices.get(i), switches),
            newSettings.seed());
    TrafficSnapshot first = baseline.simulation.snapshot();
    layout = new DemoLayout(scenario.network(), first);
    layoutJson = layout.json();
    samples.clear();
    running = false;
    pendingSeconds = 0;
    generation++;
  }

  public synchronized void start() {
    running = !finished();
  }

  public synchronized void pause() {
    running = false;
  }

  public synchronized boolean running() {
    return running;
  }

  /** Whether both sides have run to the end of the scenario. */
  public synchronized boolean finished() {
    return baseline.simulation.finished() && greenwave.simulation.finished();
  }

  public synchronized DemoSettings settings() {
    return settings;
  }

  /** Speed changes take effect at the next tick, without a reset. */
  public synchronized void speed(int speed) {
    settings = settings.withSpeed(speed);
  }

  /** The live switches of the Greenwave side (ML on/off, decision interval). */
  public LiveSwitches switches() {
    return switches;
  }

  /** Which learned model controls the right side. */
  public synchronized String modelLabel() {
    return modelLabel;
  }

  /** Counts resets, so that a client can tell a new run from the next frame of the old one. */
  public synchronized int generation() {
    return generation;
  }

  /** The simulated second both sides have reached. */
  public synchronized int time() {
    return baseline.simulation.time();
  }

  /**
   * Moves the run on by {@code elapsedMillis} of wall-clock time at its speed (nothing while
   * paused).
   *
   * @return whether simulated time advanced
   */
  public synchronized boolean tick(long elapsedMillis) {
    if (!running) {
      return false;
    }
    pendingSeconds += settings.speed() * elapsedMillis / 1000.0;
    int whole = (int) pendingSeconds;
    pendingSeconds -= whole;
    return advance(whole) > 0;
  }

  /**
   * Simulates up to {@code seconds} on both sides in lock step.
   *
   * @return seconds simulated
   */
  public synchronized int advance(int seconds) {
    int done = 0;
    for (; done < seconds && !finished(); done++) {
      baseline.step();
      greenwave.step();
      if (baseline.simulation.time() % SAMPLE_SECONDS == 0) {
        samples.add(
            new DemoSample(
                baseline.simulation.time(),
                baseline.measure(),
                greenwave.measure(),
                switches.learned()));
      }
    }
    if (finished()) {
      running = false;
    }
    return done;
  }

  /** Chart points so far, oldest first. */
  public synchronized List<DemoSample> samples() {
    return List.copyOf(samples);
  }

  /** Running totals and the paired comparison of the two sides. */
  public synchronized DemoComparison comparison() {
    return DemoComparison.of(baseline, greenwave);
  }

  /** The two sides now, for drawing: {@code [baseline, greenwave]}. */
  public synchronized TrafficSnapshot[] snapshots() {
    return new TrafficSnapshot[] {baseline.simulation.snapshot(), greenwave.simulation.snapshot()};
  }

  /** The static picture (roads, lanes, stop lines) as JSON; see {@link DemoLayout#json()}. */
  public synchronized String layoutJson() {
    return layoutJson;
  }

  synchronized DemoLayout layout() {
    return layout;
  }

  /** The run's chart data as CSV, one row per sample; columns {@link #CSV_COLUMNS}. */
  public synchronized String csv() {
    StringBuilder b = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
    for (DemoSample s : samples) {
      b.append(s.time()).append(',').append(settings.baseline());
      point(b, s.baseline());
      b.append(',').append(s.learned() ? "greenwave-learned" : "webster");
      point(b, s.greenwave());
      b.append('\n');
    }
    return b.toString();
  }

  private static void point(StringBuilder b, SidePoint p) {
    b.append(',')
        .append(DemoLayout.num(p.meanDelay()))
        .append(',')
        .append(p.queue())
        .append(',')
        .append(DemoLayout.num(p.throughput()))
        .append(',')
        .append(p.served());
  }
}
