package io.greenwave.signal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.evaluation.Evaluation;
import io.greenwave.evaluation.EvaluationHarness;
import io.greenwave.evaluation.Metric;
import io.greenwave.evaluation.PairedDifference;
import io.greenwave.evaluation.Sweeps;
import io.greenwave.simulator.TestScenarios;
import io.greenwave.simulator.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the 4-phase isolated intersection, adaptive control must beat an up-to-date Webster plan. */
class ControllerComparisonTest {
  static Evaluation evaluate(double x, String controller) {
    Scenario s = Sweeps.atDegreeOfSaturation(TestScenarios.fourPhase(1000, 3600), x);
    Evaluation e =
        EvaluationHarness.compare(
            s, List.of("webster", controller), "webster", EvaluationHarness.seeds(12));
    PairedDifference d = e.difference(controller, Metric.DELAY);
    System.out.printf(
        "x=%.2f %s delay %.1f vs webster %.1f s/veh: %+.1f%% [%.1f, %.1f] p=%.2g%n",
        x,
        controller,
        e.summary(controller, Metric.DELAY).mean(),
        e.summary("webster", Metric.DELAY).mean(),
        d.percentChange(),
        d.ciLow(),
        d.ciHigh(),
        d.pValue());
    return e;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.75, 0.9})
  void actuatedBeatsWebster(double x) {
    PairedDifference d = evaluate(x, "actuated").difference("actuated", Metric.DELAY);
    assertTrue(d.meanDifference() < 0 && d.pValue() < 0.05, d.toString());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.75, 0.9})
  void maxPressureBeatsWebster(double x) {
    PairedDifference d = evaluate(x, "max-pressure").difference("max-pressure", Metric.DELAY);
    assertTrue(d.meanDifference() < 0 && d.pValue() < 0.05, d.toString());
  }
}
