package io.greenwave.simulator.engine;

import io.greenwave.signal.ControllerContext;
import io.greenwave.signal.ControllerFactory;
import io.greenwave.signal.Controllers;
import io.greenwave.signal.IntersectionState;
import io.greenwave.signal.SafetyShield;
import io.greenwave.signal.SignalController;
import io.greenwave.signal.SignalPlan;
import io.greenwave.signal.WebsterPlanner;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.network.SignalTiming;
import io.greenwave.simulator.output.SimulationResult;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.SimulationOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a scenario, second by second, under one set of controllers.
 *
 * <p>Typical use: {@code new Simulation(scenario, Controllers.byName("max-pressure")).run(seed)}.
 * For learning, drive it step by step: {@link #reset(long)}, then repeatedly observe {@link
 * #state(int)}, let the controller decide (the engine asks it through the safety shield), {@link
 * #advance(int)}, and read reward inputs ({@link #totalQueue()}, {@link #totalQueuedWaiting()},
 * {@link #vehiclesExited()}, {@link #cumulativeDelaySeconds()}) until {@link #finished()}.
 *
 * <p>The engine allocates only in {@link #reset(long)}: stepping touches primitive arrays only.
 * Results are identical for the same scenario, controller and seed on any machine. Not thread-safe;
 * use one instance per thread.
 */
public final class Simulation {
  final CompiledNetwork net;
  final SimulationOptions options;
  private final Scenario scenario;
  private final ControllerFactory factory;
  private final TripGenerator trips;
  private final double[] expectedFlows;
  private final SignalPlan[] websterPlans;
  private final SignalPlan[] fixedPlans;
  private final int[] detectionSeconds;

  // Lane-group queues: ring buffers in one flat array, positions as ever-growing counters.
  private final int[] ringOffset;
  private final int[] ringMask;
  private final int[] slotVehicle;
  private final int[] slotArrival;
  final int[] head;
  final int[] arrived;
  final int[] tail;
  final boolean[] discharging;
  final int[] effectiveFrom;
  final double[] credit;
  final int[] legCount;

  // Lane-group statistics.
  final long[] arrivals;
  final long[] departures;
  final long[] queueSum;
  final long[] delaySum;
  final long[] queuedArrivalSum;
  final long[] decisionMark;
  final long[] effectiveGreen;
  final long[] saturatedSeconds;
  final long[] saturatedDepartures;
  final int[] maxQueue;
  private final int[] departedNow;

  final SafetyShield[] shields;
  private final IntersectionView[] views;

  // Per run.
  TripTable table;
  long seed;
  int time;
  int inside;
  int entered;
  int exited;
  int exitedInHorizon;
  long vehicleSteps;
  long delayAccumulated;
  private int[] entryOrder;
  private int[] entryNext;
  private int[] entryEnd;
  int[] routePos;
  int[] exitTime;
  int[] delay;
  int[] stops;
  DetectorLog detectors;

  /**
   * Prepares a scenario for running.
   *
   * @param scenario network, demand, plans and options
   * @param controllers creates the controller of each intersection for every run
   */
  public Simulation(Scenario scenario, ControllerFactory controllers) {
    this.scenario = scenario;
    this.factory = controllers;
    this.options = scenario.options();
    this.net = new CompiledNetwork(scenario.network(), scenario.demand());
    this.trips = new TripGenerator(net, scenario.demand(), options.horizonSeconds());
    Demand explicitOnly = new Demand(null, null, null, null, scenario.demand().vehicles());
    TripTable scheduled =
        new TripGenerator(net, explicitOnly, options.horizonSeconds()).generate(0);
    this.expectedFlows =
        ExpectedFlows.compute(net, scenario.demand(), scheduled, options.horizonSeconds());
    this.websterPlans = websterPlans();
    this.fixedPlans = fixedPlans();
    int g = net.laneGroupCount;
    ringOffset = new int[g];
    ringMask = new int[g];
    int total = 0;
    for (int k = 0; k < g; k++) {
      int capacity = Integer.highestOneBit(net.legStorage[net.legOf[k]] + 1) * 2;
      ringOffset[k] = total;
      ringMask[k] = capacity - 1;
      total += capacity;
    }
    slotVehicle = new int[total];
    slotArrival = new int[total];
    head = new int[g];
    arrived = new int[g];
    tail = new int[g];
    discharging = new boolean[g];
    effectiveFrom = new int[g];
    credit = new double[g];
    legCount = new int[net.legCount];
    arrivals = new long[g];
    departures = new long[g];
    queueSum = new long[g];
    delaySum = new long[g];
    queuedArrivalSum = new long[g];
    decisionMark = new long[g];
    effectiveGreen = new long[g];
    saturatedSeconds = new long[g];
    saturatedDepartures = new long[g];
    maxQueue = new int[g];
    departedNow = new int[g];
    detectionSeconds = new int[g];
    for (int k = 0; k < g; k++) {
      double speed = net.legLengthMeters[net.legOf[k]] / net.legTravelSeconds[net.legOf[k]];
      detectionSeconds[k] = (int) Math.ceil(options.detectionHorizonMeters() / speed);
    }
    shields = new SafetyShield[net.intersectionCount];
    views = new IntersectionView[net.intersectionCount];
    for (int i = 0; i < net.intersectionCount; i++) {
      views[i] = new IntersectionView(this, i);
    }
  }

  /** Prepares a scenario to run with the controller it names. */
  public Simulation(Scenario scenario) {
    this(scenario, Controllers.byName(scenario.controller(), scenario.controllerSettings()));
  }

  private SignalPlan[] websterPlans() {
    List<double[]> flows = new ArrayList<>();
    for (int i = 0; i < net.intersectionCount; i++) {
      flows.add(expectedFlows(i));
    }
    if (options.coordinate() && !net.network.links().isEmpty()) {
      return WebsterPlanner.coordinated(net.network, flows);
    }
    SignalPlan[] plans = new SignalPlan[net.intersectionCount];
    for (int i = 0; i < plans.length; i++) {
      plans[i] = WebsterPlanner.plan(net.network.intersections().get(i), flows.get(i));
    }
    return plans;
  }

  private SignalPlan[] fixedPlans() {
    SignalPlan[] plans = websterPlans.clone();
    for (int i = 0; i < plans.length; i++) {
      SignalPlan given = scenario.plans().get(net.network.intersections().get(i).id());
      if (given != null) {
        plans[i] = given;
      }
    }
    return plans;
  }

  /** Expected flow per lane group of an intersection, veh/h, in lane-group order. */
  public double[] expectedFlows(int intersection) {
    return Arrays.copyOfRange(
        expectedFlows, net.firstLaneGroup[intersection], net.firstLaneGroup[intersection + 1]);
  }

  /** The Webster plan of an intersection (coordinated when the options say so). */
  public SignalPlan websterPlan(int intersection) {
    return websterPlans[intersection];
  }

  /** The scenario being run. */
  public Scenario scenario() {
    return scenario;
  }

  /** Runs one seed from start to end and returns its result. */
  public SimulationResult run(long runSeed) {
    reset(runSeed);
    while (!finished()) {
      step();
    }
    return result();
  }

  /** Starts a new run: draws the vehicles for this seed and resets every controller. */
  public void reset(long runSeed) {
    this.seed = runSeed;
    table = trips.generate(runSeed);
    time = 0;
    inside = 0;
    entered = 0;
    exited = 0;
    exitedInHorizon = 0;
    vehicleSteps = 0;
    delayAccumulated = 0;
    for (long[] a :
        new long[][] {
          arrivals,
          departures,
          queueSum,
          delaySum,
          queuedArrivalSum,
          decisionMark,
          effectiveGreen,
          saturatedSeconds,
          saturatedDepartures
        }) {
      Arrays.fill(a, 0);
    }
    for (int[] a : new int[][] {head, arrived, tail, effectiveFrom, maxQueue, legCount}) {
      Arrays.fill(a, 0);
    }
    Arrays.fill(credit, 0);
    int n = table.count;
    routePos = new int[n];
    exitTime = new int[n];
    Arrays.fill(exitTime, -1);
    delay = new int[n];
    stops = new int[n];
    for (int v = 0; v < n; v++) {
      routePos[v] = table.routeStart[v];
    }
    buildEntryOrder();
    int maxTime = options.horizonSeconds() + options.clearingSeconds();
    detectors = new DetectorLog(options.detectorIntervalSeconds(), maxTime, net.laneGroupCount);
    resetSignals(runSeed);
  }

  private void buildEntryOrder() {
    int legs = net.legCount;
    entryNext = new int[legs];
    entryEnd = new int[legs];
    int[] counts = new int[legs];
    for (int v = 0; v < table.count; v++) {
      counts[table.entryLeg[v]]++;
    }
    int start = 0;
    for (int l = 0; l < legs; l++) {
      entryNext[l] = start;
      start += counts[l];
      entryEnd[l] = entryNext[l];
    }
    entryOrder = new int[table.count];
    for (int v = 0; v < table.count; v++) {
      entryOrder[entryEnd[table.entryLeg[v]]++] = v;
    }
  }

  private void resetSignals(long runSeed) {
    for (int i = 0; i < net.intersectionCount; i++) {
      Intersection x = net.network.intersections().get(i);
      SignalController controller = factory.create(i);
      long budget = options.decisionBudgetMillis() * 1_000_000L;
      shields[i] = new SafetyShield(controller, x.timing(), budget);
      ControllerContext context =
          new ControllerContext(x, expectedFlows(i), websterPlans[i], fixedPlans[i], runSeed);
      shields[i].reset(context);
      long phase0 = net.phaseMask[i][0];
      for (int g = net.firstLaneGroup[i]; g < net.firstLaneGroup[i + 1]; g++) {
        boolean green = (phase0 >>> (g - net.firstLaneGroup[i]) & 1L) != 0;
        discharging[g] = green;
        effectiveFrom[g] = SignalTiming.START_UP_LOST_TIME;
      }
    }
  }

  /** Whether the run is over: the clearing limit is reached or every vehicle has left. */
  public boolean finished() {
    int horizon = options.horizonSeconds();
    if (time >= horizon + options.clearingSeconds()) {
      return true;
    }
    return time >= horizon && inside == 0 && allAdmitted();
  }

  private boolean allAdmitted() {
    for (int l = 0; l < net.legCount; l++) {
      if (entryNext[l] < entryEnd[l]) {
        return false;
      }
    }
    return true;
  }

  /** Advances the given number of seconds, or until the run is finished. */
  public void advance(int seconds) {
    for (int k = 0; k < seconds && !finished(); k++) {
      step();
    }
  }

  /** Simulates one second: entries, arrivals at stop lines, signals, discharge, statistics. */
  public void step() {
    int t = time;
    admitEntries(t);
    for (int g = 0; g < net.laneGroupCount; g++) {
      reachStopLine(g, t);
    }
    for (int i = 0; i < net.intersectionCount; i++) {
      int events = shields[i].step(views[i]);
      if (events != 0) {
        applySignalEvents(i, events, t);
      }
    }
    for (int g = 0; g < net.laneGroupCount; g++) {
      departedNow[g] = 0;
      if (discharging[g] && t >= effectiveFrom[g]) {
        discharge(g, t);
      }
    }
    account(t);
    time = t + 1;
  }

  private void admitEntries(int t) {
    for (int leg = 0; leg < net.legCount; leg++) {
      int admitted = 0;
      while (entryNext[leg] < entryEnd[leg] && admitted < net.legLanes[leg]) {
        int v = entryOrder[entryNext[leg]];
        if (table.departure[v] > t || legCount[leg] >= net.legStorage[leg]) {
          break;
        }
        int waited = t - table.departure[v];
        delay[v] += waited;
        delayAccumulated += waited;
        enqueue(table.route[routePos[v]], v, t + net.legTravelSeconds[leg]);
        legCount[leg]++;
        entryNext[leg]++;
        admitted++;
        inside++;
        entered++;
      }
    }
  }

  private void enqueue(int g, int v, int arrival) {
    int slot = ringOffset[g] + (tail[g] & ringMask[g]);
    slotVehicle[slot] = v;
    slotArrival[slot] = arrival;
    tail[g]++;
  }

  private void reachStopLine(int g, int t) {
    int a = arrived[g];
    int end = tail[g];
    while (a < end) {
      int arrival = slotArrival[ringOffset[g] + (a & ringMask[g])];
      if (arrival > t) {
        break;
      }
      queuedArrivalSum[g] += arrival;
      arrivals[g]++;
      a++;
    }
    arrived[g] = a;
  }

  private void applySignalEvents(int i, int events, int t) {
    SafetyShield shield = shields[i];
    int first = net.firstLaneGroup[i];
    int end = net.firstLaneGroup[i + 1];
    if ((events & SafetyShield.DECIDED) != 0) {
      for (int g = first; g < end; g++) {
        decisionMark[g] = arrivals[g];
      }
    }
    long from = net.phaseMask[i][shield.changeFrom()];
    long to = net.phaseMask[i][shield.changeTo()];
    if ((events & SafetyShield.YELLOW_ENDED) != 0) {
      setDischarging(first, end, from & ~to, false, t);
    }
    if ((events & SafetyShield.GREEN_STARTED) != 0) {
      setDischarging(first, end, to & ~from, true, t);
    }
  }

  private void setDischarging(int first, int end, long mask, boolean on, int t) {
    for (int g = first; g < end; g++) {
      if ((mask >>> (g - first) & 1L) != 0 && discharging[g] != on) {
        discharging[g] = on;
        if (on) {
          effectiveFrom[g] = t + SignalTiming.START_UP_LOST_TIME;
        } else if (credit[g] >= 1) {
          // The fraction of a vehicle not yet served when red comes carries over to the next
          // green, so a lane group offers s * g / C on average (1 lane at 1,700 veh/h in 8 s of
          // effective green: 3.78 vehicles a cycle, not 3); credit banked while idle does not.
          credit[g] = 0;
        }
      }
    }
  }

  private void discharge(int g, int t) {
    double rate = net.dischargePerSecond[g];
    double c = credit[g] + rate;
    effectiveGreen[g]++;
    int queue = arrived[g] - head[g];
    boolean saturated = queue > rate + 1;
    boolean blocked = false;
    int served = 0;
    int ownLeg = net.legOf[g];
    while (c >= 1 && head[g] < arrived[g]) {
      int slot = ringOffset[g] + (head[g] & ringMask[g]);
      int v = slotVehicle[slot];
      int next = table.route[routePos[v] + 1];
      if (next >= 0) {
        int leg = net.legOf[next];
        if (legCount[leg] >= net.legStorage[leg]) {
          blocked = true;
          break;
        }
        legCount[leg]++;
        routePos[v]++;
        enqueue(next, v, t + net.legTravelSeconds[leg]);
      } else {
        exitTime[v] = t;
        inside--;
        exited++;
        if (t < options.horizonSeconds()) {
          exitedInHorizon++;
        }
      }
      legCount[ownLeg]--;
      head[g]++;
      c -= 1;
      served++;
      int arrival = slotArrival[slot];
      queuedArrivalSum[g] -= arrival;
      int waited = t - arrival;
      if (waited > 0) {
        delay[v] += waited;
        stops[v]++;
        delaySum[g] += waited;
        delayAccumulated += waited;
      }
    }
    // A discharging queue keeps its fractional credit (1 lane at 1,700 veh/h serves 17 vehicles in
    // 36 s, not one every 3 s); only an idle or blocked lane group stops banking credit, at one
    // second's worth (at least one vehicle), so an unqueued arrival on green still passes at once.
    // A cap applied before serving would round every headway up to whole seconds.
    credit[g] = Math.min(c, Math.max(1.0, rate));
    departures[g] += served;
    departedNow[g] = served;
    if (saturated && !blocked) {
      saturatedSeconds[g]++;
      saturatedDepartures[g] += served;
    }
  }

  private void account(int t) {
    vehicleSteps += inside;
    for (int g = 0; g < net.laneGroupCount; g++) {
      int q = arrived[g] - head[g];
      queueSum[g] += q;
      if (q > maxQueue[g]) {
        maxQueue[g] = q;
      }
      detectors.record(t, g, q, departedNow[g], net.lanes[g]);
    }
  }

  /** The reused observation of one intersection, as its controller sees it. */
  public IntersectionState state(int intersection) {
    return views[intersection];
  }

  /** Number of intersections. */
  public int intersectionCount() {
    return net.intersectionCount;
  }

  /** Current simulated second. */
  public int time() {
    return time;
  }

  /** Vehicles on the network now. */
  public int vehiclesInside() {
    return inside;
  }

  /** Vehicles that have left the network so far. */
  public int vehiclesExited() {
    return exited;
  }

  /** Vehicles queued at all stop lines now. */
  public int totalQueue() {
    int sum = 0;
    for (int g = 0; g < net.laneGroupCount; g++) {
      sum += arrived[g] - head[g];
    }
    return sum;
  }

  /** Seconds the vehicles now queued have waited so far, summed. */
  public long totalQueuedWaiting() {
    long sum = 0;
    for (int g = 0; g < net.laneGroupCount; g++) {
      sum += (long) (arrived[g] - head[g]) * time - queuedArrivalSum[g];
    }
    return sum;
  }

  /** Delay of vehicles whose waits have ended (served or admitted), summed, seconds. */
  public long cumulativeDelaySeconds() {
    return delayAccumulated;
  }

  /** Vehicles on the network summed over the steps so far (the benchmark's unit of work). */
  public long vehicleSteps() {
    return vehicleSteps;
  }

  /** Builds the result of the run so far (normally called when {@link #finished()}). */
  public SimulationResult result() {
    return new ResultBuilder(this).build(scenario.name(), seed);
  }

  /**
   * A picture of the network now, for drawing: signal aspects, queues and vehicle places (see
   * {@link TrafficSnapshot}). Read-only; allocates, so it is meant for a display, not for training.
   */
  public TrafficSnapshot snapshot() {
    List<LaneGroupSnapshot> groups = new ArrayList<>(net.laneGroupCount);
    List<VehicleSnapshot> vehicles = new ArrayList<>(inside);
    for (int g = 0; g < net.laneGroupCount; g++) {
      int i = net.intersectionOf[g];
      int leg = net.legOf[g];
      groups.add(
          new LaneGroupSnapshot(
              i,
              net.laneGroupId(g),
              net.legApproach[leg],
              net.lanes[g],
              net.legLengthMeters[leg],
              net.legTravelSeconds[leg],
              aspect(i, g),
              arrived[g] - head[g]));
      for (int p = head[g]; p < tail[g]; p++) {
        int slot = ringSlot(g, p);
        int arrival = slotArrival[slot];
        boolean queued = p < arrived[g];
        vehicles.add(
            new VehicleSnapshot(
                slotVehicle[slot],
                g,
                queued ? p - head[g] : -1,
                queued ? 0 : Math.max(0, arrival - time),
                queued ? Math.max(0, time - arrival) : 0));
      }
    }
    int waiting = 0;
    for (int l = 0; l < net.legCount; l++) {
      for (int k = entryNext[l]; k < entryEnd[l] && table.departure[entryOrder[k]] < time; k++) {
        waiting++;
      }
    }
    return new TrafficSnapshot(time, groups, vehicles, waiting);
  }

  private SignalAspect aspect(int intersection, int g) {
    if (!discharging[g]) {
      return SignalAspect.RED;
    }
    SafetyShield shield = shields[intersection];
    if (shield.changing()) {
      long leaving =
          net.phaseMask[intersection][shield.changeFrom()]
              & ~net.phaseMask[intersection][shield.changeTo()];
      if ((leaving >>> (g - net.firstLaneGroup[intersection]) & 1L) != 0) {
        return SignalAspect.YELLOW;
      }
    }
    return SignalAspect.GREEN;
  }

  /** Vehicles drawn for this run (departed or not), the range of vehicle ids. */
  public int vehicleCount() {
    return table.count;
  }

  /** The second vehicle {@code id} left the network, or -1 while it has not. */
  public int exitSecond(int id) {
    return exitTime[id];
  }

  /** Delay of vehicle {@code id} so far (waiting to enter and in queues), seconds. */
  public int delaySeconds(int id) {
    return delay[id];
  }

  /** The intersection's current phase (the one green, or the one being left during a change). */
  public int currentPhase(int intersection) {
    return shields[intersection].phase();
  }

  /** Whether the intersection's controller was replaced by its fixed plan (and why, or null). */
  public String fallbackReason(int intersection) {
    return shields[intersection].fallbackReason();
  }

  int ringSlot(int g, int position) {
    return ringOffset[g] + (position & ringMask[g]);
  }

  int slotArrival(int slot) {
    return slotArrival[slot];
  }

  int slotVehicle(int slot) {
    return slotVehicle[slot];
  }

  int detectionSeconds(int g) {
    return detectionSeconds[g];
  }

  boolean notYetAdmitted(int v) {
    int leg = table.entryLeg[v];
    for (int k = entryNext[leg]; k < entryEnd[leg]; k++) {
      if (entryOrder[k] == v) {
        return true;
      }
    }
    return false;
  }

  int entryBacklogStart(int leg) {
    return entryNext[leg];
  }

  int entryBacklogEnd(int leg) {
    return entryEnd[leg];
  }

  int entryOrder(int k) {
    return entryOrder[k];
  }
}
