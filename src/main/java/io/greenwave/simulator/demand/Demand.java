package io.greenwave.simulator.demand;

import io.greenwave.simulator.network.Approach;
import java.util.List;
import java.util.Map;

/**
 * Demand of a scenario: entry flows (generated with the arrival process) plus an optional explicit
 * vehicle list. Turning shares apply at every approach reached by generated vehicles, keyed {@code
 * "<intersectionId>:<approach>"}; approaches without an entry use {@code defaultTurning}.
 *
 * @param flows per-entry flows; may be empty when only {@code vehicles} is used
 * @param turning turning shares per approach
 * @param defaultTurning shares where {@code turning} has no entry (null: {@link
 *     TurningShares#DEFAULT})
 * @param arrivals how generated arrivals are spread in time (null: Poisson)
 * @param vehicles explicit vehicles, replayed as given
 */
public record Demand(
    List<EntryFlow> flows,
    Map<String, TurningShares> turning,
    TurningShares defaultTurning,
    ArrivalProcess arrivals,
    List<ScheduledVehicle> vehicles) {

  public Demand {
    flows = flows == null ? List.of() : List.copyOf(flows);
    turning = turning == null ? Map.of() : Map.copyOf(turning);
    defaultTurning = defaultTurning == null ? TurningShares.DEFAULT : defaultTurning;
    arrivals = arrivals == null ? ArrivalProcess.POISSON : arrivals;
    vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
  }

  /** Poisson flows with the given turning shares and nothing else. */
  public static Demand ofFlows(List<EntryFlow> flows, Map<String, TurningShares> turning) {
    return new Demand(flows, turning, null, ArrivalProcess.POISSON, List.of());
  }

  /** The shares used on an approach. */
  public TurningShares sharesAt(String intersectionId, Approach approach) {
    return turning.getOrDefault(intersectionId + ":" + approach, defaultTurning);
  }

  /** This demand with every entry flow multiplied (demand-level sweeps). */
  public Demand scaled(double multiplier) {
    return new Demand(
        flows.stream().map(f -> f.scaled(multiplier)).toList(),
        turning,
        defaultTurning,
        arrivals,
        vehicles);
  }
}
