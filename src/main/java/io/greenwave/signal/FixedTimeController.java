package io.greenwave.signal;

/**
 * Fixed-time control: the phases run in order with the greens of a {@link SignalPlan}, in step with
 * the plan's cycle and offset (so coordinated intersections keep their green wave). It ignores
 * traffic entirely, which is both its weakness and why it is the safe fallback.
 */
public final class FixedTimeController implements SignalController {
  private enum Source {
    GIVEN,
    WEBSTER,
    EXPLICIT
  }

  private final Source source;
  private final String name;
  private SignalPlan plan;
  private int[] greenEnds;
  private int[] phaseEnds;

  /** Runs the given plan, whatever the context says. */
  public FixedTimeController(SignalPlan plan) {
    this(Source.EXPLICIT, "fixed", plan);
  }

  private FixedTimeController(Source source, String name, SignalPlan plan) {
    this.source = source;
    this.name = name;
    this.plan = plan;
  }

  /** Runs the context's Webster plan (computed from the expected demand). */
  public static FixedTimeController webster() {
    return new FixedTimeController(Source.WEBSTER, "webster", null);
  }

  /** Runs the context's fixed plan: the scenario's given plan, or Webster's when none is given. */
  public static FixedTimeController givenPlan() {
    return new FixedTimeController(Source.GIVEN, "fixed", null);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void reset(ControllerContext context) {
    if (source == Source.WEBSTER) {
      plan = context.websterPlan();
    } else if (source == Source.GIVEN) {
      plan = context.fixedPlan();
    }
    int phases = context.intersection().phases().size();
    if (plan.greens().length != phases) {
      throw new IllegalArgumentException(
          "plan has " + plan.greens().length + " greens for " + phases + " phases");
    }
    greenEnds = new int[phases];
    phaseEnds = new int[phases];
    int position = 0;
    for (int p = 0; p < phases; p++) {
      greenEnds[p] = position + plan.green(p);
      position = greenEnds[p] + plan.changeInterval();
      phaseEnds[p] = position;
    }
  }

  @Override
  public int decide(IntersectionState state) {
    int position = Math.floorMod(state.time() - plan.offset(), plan.cycle());
    int p = 0;
    while (position >= phaseEnds[p]) {
      p++;
    }
    return position < greenEnds[p] ? p : (p + 1) % greenEnds.length;
  }

  /** The plan being run (after reset). */
  public SignalPlan plan() {
    return plan;
  }
}
