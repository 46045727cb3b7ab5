package io.greenwave.demo.control;

import io.greenwave.signal.ControllerContext;
import io.greenwave.signal.FixedTimeController;
import io.greenwave.signal.IntersectionState;
import io.greenwave.signal.SignalController;

/**
 * Controls one intersection on the Greenwave side of the demo: the learned policy's choice every
 * decision interval, or, while the visitor has switched ML off, the same Webster fixed-time plan as
 * a city without Greenwave would run. Switching happens live, without restarting the run (the
 * simulator's safety shield still enforces min/max green and the clearance intervals).
 */
final class GreenwaveSideController implements SignalController {
  private final PolicyChoice choice;
  private final LiveSwitches switches;
  private final FixedTimeController fixed = FixedTimeController.webster();

  GreenwaveSideController(PolicyChoice choice, LiveSwitches switches) {
    this.choice = choice;
    this.switches = switches;
  }

  @Override
  public String name() {
    return "greenwave";
  }

  @Override
  public void reset(ControllerContext context) {
    int phases = context.intersection().phases().size();
    int expected = choice.policy().intersections().get(choice.agent()).phases();
    if (phases != expected) {
      throw new IllegalArgumentException(
          "policy agent has " + expected + " phases, intersection has " + phases);
    }
    fixed.reset(context);
  }

  @Override
  public int decide(IntersectionState state) {
    // the fixed plan follows the clock, so switching ML off lands in its cycle where it is now
    return switches.learned()
        ? choice.policy().decide(choice.agent(), state).phase()
        : fixed.decide(state);
  }

  @Override
  public int decisionIntervalSeconds() {
    return switches.learned() ? switches.decisionIntervalSeconds() : 1;
  }
}
