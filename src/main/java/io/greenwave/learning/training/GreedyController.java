package io.greenwave.learning.training;

import io.greenwave.learning.model.ActionValues;
import io.greenwave.signal.ControllerContext;
import io.greenwave.signal.IntersectionState;
import io.greenwave.signal.SignalController;

/** Serves the phase of highest value, without learning: how candidates are validated. */
final class GreedyController implements SignalController {
  private final ActionValues values;
  private final int interval;
  private double[] q = new double[0];

  GreedyController(ActionValues values, int interval) {
    this.values = values;
    this.interval = interval;
  }

  @Override
  public String name() {
    return "learned";
  }

  @Override
  public void reset(ControllerContext context) {
    q = new double[context.intersection().phases().size()];
  }

  @Override
  public int decide(IntersectionState s) {
    values.values(s, q);
    return QLearningAgent.argmax(q);
  }

  @Override
  public int decisionIntervalSeconds() {
    return interval;
  }
}
