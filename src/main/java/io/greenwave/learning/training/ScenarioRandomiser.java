package io.greenwave.learning.training;

import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.TurningShares;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.network.LaneGroup;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Perturbs a training scenario so that a policy holds up on traffic it has not seen and on a
 * simulator that is not exactly ours (domain randomisation): total demand by a factor in [1 - d, 1
 * + d], each entry flow by a further +-10 %, the left and right shares of every approach by +-30 %,
 * and every lane group's saturation flow by +-{@code saturationSpread}.
 *
 * @param demandSpread relative spread of the demand level (0.3 in the issue)
 * @param saturationSpread relative spread of saturation flows (0.1 in the issue)
 */
public record ScenarioRandomiser(double demandSpread, double saturationSpread) {

  /** Demand +-30 %, saturation flow +-10 %, as the issue asks. */
  public static final ScenarioRandomiser DEFAULT = new ScenarioRandomiser(0.3, 0.1);

  /** No perturbation. */
  public static final ScenarioRandomiser NONE = new ScenarioRandomiser(0, 0);

  /** A perturbed copy of the scenario; the same random stream gives the same copy. */
  public Scenario randomise(Scenario s, SplittableRandom random) {
    if (demandSpread == 0 && saturationSpread == 0) {
      return s;
    }
    double level = spread(random, demandSpread);
    Demand d = s.demand();
    var flows = d.flows().stream().map(f -> f.scaled(level * spread(random, 0.1))).toList();
    Map<String, TurningShares> turning = new LinkedHashMap<>();
    for (var e : new TreeMap<>(d.turning()).entrySet()) {
      turning.put(e.getKey(), shares(e.getValue(), random));
    }
    Demand demand =
        new Demand(flows, turning, shares(d.defaultTurning(), random), d.arrivals(), d.vehicles());
    return new Scenario(
        s.name(),
        network(s.network(), random),
        demand,
        s.plans(),
        s.controller(),
        s.controllerSettings(),
        s.seeds(),
        s.options());
  }

  private TurningShares shares(TurningShares t, SplittableRandom random) {
    return new TurningShares(
        t.through(), t.left() * spread(random, 0.3), t.right() * spread(random, 0.3));
  }

  private Network network(Network n, SplittableRandom random) {
    List<Intersection> xs =
        n.intersections().stream()
            .map(
                x ->
                    new Intersection(
                        x.id(),
                        x.laneGroups().stream().map(g -> laneGroup(g, random)).toList(),
                        x.phases(),
                        x.timing()))
            .toList();
    return new Network(xs, n.links(), n.entryLengthMeters(), n.entrySpeedKmh());
  }

  private LaneGroup laneGroup(LaneGroup g, SplittableRandom random) {
    return new LaneGroup(
        g.id(),
        g.approach(),
        g.movements(),
        g.lanes(),
        g.saturationFlowPerLane() * spread(random, saturationSpread));
  }

  private static double spread(SplittableRandom random, double width) {
    return 1 + width * (2 * random.nextDouble() - 1);
  }
}
