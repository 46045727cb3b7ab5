package io.greenwave.signal;

import io.greenwave.simulator.network.SignalTiming;

/**
 * Wraps one intersection's controller and owns its signal state, so that no controller can break
 * the safety rules: a green lasts at least min green and at most max green, every switch goes
 * through yellow then all-red, and only one phase is green at a time.
 *
 * <p>A controller that throws, returns a phase that does not exist, or takes longer than the
 * decision budget is replaced by a fixed-time controller on the context's fixed plan for the rest
 * of the run; {@link #fellBack()} and {@link #fallbackReason()} report it.
 *
 * <p>The owner calls {@link #step(IntersectionState)} once per simulated second and reacts to the
 * returned event bits.
 */
public final class SafetyShield {
  /** A change interval started this second: the old phase shows yellow. */
  public static final int CHANGE_STARTED = 1;

  /** Yellow ended this second: lane groups leaving green now show red. */
  public static final int YELLOW_ENDED = 2;

  /** A new phase turned green this second. */
  public static final int GREEN_STARTED = 4;

  /** The controller was asked for a decision this second. */
  public static final int DECIDED = 8;

  private final SignalTiming timing;
  private final long budgetNanos;
  private final SignalController requested;
  private SignalController active;
  private ControllerContext context;
  private int phaseCount;
  private int phase;
  private int nextPhase;
  private int changeFrom;
  private int request;
  private boolean changing;
  private int greenStart;
  private int changeStart;
  private String fallbackReason;
  private int fallbackSecond = -1;

  /**
   * @param controller the controller to protect
   * @param timing the intersection's limits
   * @param budgetNanos longest accepted decision time
   */
  public SafetyShield(SignalController controller, SignalTiming timing, long budgetNanos) {
    this.requested = controller;
    this.timing = timing;
    this.budgetNanos = budgetNanos;
  }

  /** Starts a run: phase 0 green at time 0. */
  public void reset(ControllerContext newContext) {
    this.context = newContext;
    this.phaseCount = newContext.intersection().phases().size();
    this.active = requested;
    this.phase = 0;
    this.nextPhase = 0;
    this.changeFrom = 0;
    this.request = 0;
    this.changing = false;
    this.greenStart = 0;
    this.fallbackReason = null;
    this.fallbackSecond = -1;
    try {
      active.reset(newContext);
    } catch (RuntimeException e) {
      fallBack("reset failed: " + e, 0);
    }
  }

  /**
   * Advances the signal by one second.
   *
   * @return event bits ({@link #CHANGE_STARTED}, {@link #YELLOW_ENDED}, {@link #GREEN_STARTED},
   *     {@link #DECIDED}), 0 if nothing happened
   */
  public int step(IntersectionState state) {
    int t = state.time();
    if (changing) {
      return advanceChange(t);
    }
    int events = 0;
    int inGreen = t - greenStart;
    if (inGreen % active.decisionIntervalSeconds() == 0) {
      request = ask(state, t);
      events |= DECIDED;
    }
    int target = request;
    if (inGreen >= timing.maxGreen() && target == phase && phaseCount > 1) {
      target = (phase + 1) % phaseCount;
    }
    if (target != phase && inGreen >= timing.minGreen()) {
      changing = true;
      changeStart = t;
      changeFrom = phase;
      nextPhase = target;
      events |= CHANGE_STARTED | advanceChange(t);
    }
    return events;
  }

  private int advanceChange(int t) {
    int elapsed = t - changeStart;
    int events = 0;
    if (elapsed == timing.yellow()) {
      events |= YELLOW_ENDED;
    }
    if (elapsed >= timing.changeInterval()) {
      if (timing.changeInterval() == 0) {
        events |= YELLOW_ENDED;
      }
      changing = false;
      phase = nextPhase;
      request = phase;
      greenStart = t;
      events |= GREEN_STARTED;
    }
    return events;
  }

  private int ask(IntersectionState state, int t) {
    long start = System.nanoTime();
    int decision;
    try {
      decision = active.decide(state);
    } catch (RuntimeException e) {
      fallBack("controller threw " + e, t);
      return active.decide(state);
    }
    if (decision < 0 || decision >= phaseCount) {
      fallBack("controller chose phase " + decision + " of " + phaseCount, t);
      return active.decide(state);
    }
    long took = System.nanoTime() - start;
    if (took > budgetNanos && fallbackReason == null) {
      fallBack("decision took " + took / 1_000_000 + " ms, budget " + budgetNanos / 1_000_000, t);
    }
    return decision;
  }

  private void fallBack(String reason, int t) {
    if (fallbackReason != null) {
      throw new IllegalStateException("fixed-plan fallback failed too: " + reason);
    }
    fallbackReason = reason;
    fallbackSecond = t;
    active = new FixedTimeController(context.fixedPlan());
    active.reset(context);
  }

  /** The phase that is green, or that shows yellow/all-red during a change interval. */
  public int phase() {
    return phase;
  }

  /** During a change interval, the phase that turns green next; otherwise the current phase. */
  public int nextPhase() {
    return changing ? nextPhase : phase;
  }

  /** The phase the last (or current) change interval started from. */
  public int changeFrom() {
    return changeFrom;
  }

  /** The phase the last (or current) change interval leads to. */
  public int changeTo() {
    return nextPhase;
  }

  /** Whether yellow or all-red is showing. */
  public boolean changing() {
    return changing;
  }

  /** Second at which the current (or last) green began. */
  public int greenStart() {
    return greenStart;
  }

  /** Whether the controller was replaced by the fixed plan. */
  public boolean fellBack() {
    return fallbackReason != null;
  }

  /** Why the controller was replaced, or null. */
  public String fallbackReason() {
    return fallbackReason;
  }

  /** Simulated second of the fallback, or -1. */
  public int fallbackSecond() {
    return fallbackSecond;
  }

  /** Name of the protected controller. */
  public String controllerName() {
    return requested.name();
  }
}
