package io.greenwave.simulator.engine;

import io.greenwave.signal.SafetyShield;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.output.DetectorInterval;
import io.greenwave.simulator.output.IntersectionStats;
import io.greenwave.simulator.output.LaneGroupStats;
import io.greenwave.simulator.output.LevelOfService;
import io.greenwave.simulator.output.NetworkTotals;
import io.greenwave.simulator.output.SimulationResult;
import io.greenwave.simulator.output.VehicleRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the engine's counters into a {@link SimulationResult}. Vehicles still queued at the end
 * have their wait counted up to the end; vehicles still outside a full entry leg count their whole
 * wait since departure.
 */
final class ResultBuilder {
  private final Simulation sim;
  private final CompiledNetwork net;
  private final int end;
  private final int[] delay;
  private final long[] openDelay;
  private final long[] openQueued;

  ResultBuilder(Simulation sim) {
    this.sim = sim;
    this.net = sim.net;
    this.end = sim.time;
    this.delay = sim.delay.clone();
    this.openDelay = new long[net.laneGroupCount];
    this.openQueued = new long[net.laneGroupCount];
    addOpenWaits();
  }

  private void addOpenWaits() {
    for (int g = 0; g < net.laneGroupCount; g++) {
      for (int p = sim.head[g]; p < sim.arrived[g]; p++) {
        int slot = sim.ringSlot(g, p);
        int waited = end - sim.slotArrival(slot);
        delay[sim.slotVehicle(slot)] += waited;
        openDelay[g] += waited;
        openQueued[g]++;
      }
    }
    for (int leg = 0; leg < net.legCount; leg++) {
      for (int k = sim.entryBacklogStart(leg); k < sim.entryBacklogEnd(leg); k++) {
        int v = sim.entryOrder(k);
        if (sim.table.departure[v] < end) {
          delay[v] += end - sim.table.departure[v];
        }
      }
    }
  }

  SimulationResult build(String scenario, long seed) {
    String controller = sim.shields.length == 0 ? "" : sim.shields[0].controllerName();
    List<VehicleRecord> vehicles = new ArrayList<>();
    NetworkTotals totals = totals(vehicles);
    return new SimulationResult(
        scenario,
        controller,
        seed,
        totals,
        intersections(),
        laneGroups(),
        detectors(),
        sim.options.recordVehicles() ? vehicles : List.of());
  }

  private NetworkTotals totals(List<VehicleRecord> records) {
    TripTable t = sim.table;
    int departed = 0;
    long delaySum = 0;
    long stopSum = 0;
    long travelSum = 0;
    for (int v = 0; v < t.count && t.departure[v] < end; v++) {
      departed++;
      boolean finished = sim.exitTime[v] >= 0;
      int travel = (finished ? sim.exitTime[v] : end) - t.departure[v];
      delaySum += delay[v];
      stopSum += sim.stops[v];
      travelSum += travel;
      if (sim.options.recordVehicles()) {
        records.add(
            new VehicleRecord(
                v,
                t.departure[v],
                sim.exitTime[v],
                travel,
                t.freeFlowSeconds[v],
                delay[v],
                delay[v],
                sim.stops[v],
                finished));
      }
    }
    long queueTotal = 0;
    for (int g = 0; g < net.laneGroupCount; g++) {
      queueTotal += sim.queueSum[g];
    }
    double n = Math.max(1, departed);
    double meanDelay = delaySum / n;
    return new NetworkTotals(
        end,
        sim.options.horizonSeconds(),
        departed,
        sim.entered,
        sim.exited,
        sim.inside,
        departed - sim.entered,
        meanDelay,
        meanDelay,
        stopSum / n,
        travelSum / n,
        sim.exitedInHorizon * 3600.0 / Math.min(end, sim.options.horizonSeconds()),
        queueTotal / (double) Math.max(1, end),
        delaySum / 3600.0,
        sim.vehicleSteps);
  }

  private List<IntersectionStats> intersections() {
    List<IntersectionStats> list = new ArrayList<>();
    for (int i = 0; i < net.intersectionCount; i++) {
      long delaySum = 0;
      long vehicles = 0;
      long served = 0;
      for (int g = net.firstLaneGroup[i]; g < net.firstLaneGroup[i + 1]; g++) {
        delaySum += sim.delaySum[g] + openDelay[g];
        vehicles += sim.departures[g] + openQueued[g];
        served += sim.departures[g];
      }
      double meanDelay = vehicles == 0 ? 0 : delaySum / (double) vehicles;
      SafetyShield shield = sim.shields[i];
      list.add(
          new IntersectionStats(
              net.network.intersections().get(i).id(),
              shield.controllerName(),
              meanDelay,
              LevelOfService.ofDelay(meanDelay),
              served,
              shield.fellBack(),
              shield.fallbackReason(),
              shield.fallbackSecond()));
    }
    return list;
  }

  private List<LaneGroupStats> laneGroups() {
    List<LaneGroupStats> list = new ArrayList<>();
    for (int g = 0; g < net.laneGroupCount; g++) {
      Intersection x = net.network.intersections().get(net.intersectionOf[g]);
      long vehicles = sim.departures[g] + openQueued[g];
      double capacity = net.dischargePerSecond[g] * sim.effectiveGreen[g];
      Double saturation =
          sim.saturatedSeconds[g] == 0
              ? null
              : sim.saturatedDepartures[g] * 3600.0 / sim.saturatedSeconds[g] / net.lanes[g];
      list.add(
          new LaneGroupStats(
              x.id(),
              net.laneGroupId(g),
              sim.arrivals[g],
              sim.departures[g],
              sim.queueSum[g] / (double) Math.max(1, end),
              sim.maxQueue[g],
              vehicles == 0 ? 0 : (sim.delaySum[g] + openDelay[g]) / (double) vehicles,
              sim.effectiveGreen[g],
              capacity == 0 ? null : (Double) (sim.arrivals[g] / capacity),
              saturation));
    }
    return list;
  }

  private List<DetectorInterval> detectors() {
    DetectorLog log = sim.detectors;
    List<DetectorInterval> list = new ArrayList<>();
    for (int k = 0; k < log.seconds.length && log.seconds[k] > 0; k++) {
      int start = k * log.interval;
      int seconds = log.seconds[k];
      for (int g = 0; g < net.laneGroupCount; g++) {
        int index = k * log.laneGroups + g;
        list.add(
            new DetectorInterval(
                start,
                start + seconds,
                net.network.intersections().get(net.intersectionOf[g]).id(),
                net.laneGroupId(g),
                log.count[index],
                log.queueSum[index] / (double) seconds,
                log.occupied[index] / seconds));
      }
    }
    return list;
  }
}
