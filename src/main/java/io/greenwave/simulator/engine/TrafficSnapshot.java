package io.greenwave.simulator.engine;

import java.util.List;

/**
 * A read-only picture of a running simulation at one second: the signal state and queue of every
 * lane group and the place of every vehicle on the network (the live demo draws it). Taking one
 * allocates; the engine's stepping does not depend on it.
 *
 * @param time the simulated second (the next one to be simulated)
 * @param laneGroups every lane group, in the engine's global order
 * @param vehicles every vehicle travelling or queued on the network
 * @param waitingToEnter vehicles whose departure time has come but whose entry road is full
 */
public record TrafficSnapshot(
    int time,
    List<LaneGroupSnapshot> laneGroups,
    List<VehicleSnapshot> vehicles,
    int waitingToEnter) {

  public TrafficSnapshot {
    laneGroups = List.copyOf(laneGroups);
    vehicles = List.copyOf(vehicles);
  }
}
