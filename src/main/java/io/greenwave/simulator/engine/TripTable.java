package io.greenwave.simulator.engine;

/**
 * The vehicles of one run, fixed before the run starts and independent of the controller: vehicle
 * {@code v} departs at {@code departure[v]} onto {@code entryLeg[v]} and visits the global lane
 * groups {@code route[routeStart[v]]...} up to a {@code -1} terminator. Vehicles are numbered in
 * departure order.
 */
final class TripTable {
  final int count;
  final int[] departure;
  final int[] entryLeg;
  final int[] routeStart;
  final int[] route;
  final int[] freeFlowSeconds;

  TripTable(int[] departure, int[] entryLeg, int[] routeStart, int[] route, int[] freeFlow) {
    this.count = departure.length;
    this.departure = departure;
    this.entryLeg = entryLeg;
    this.routeStart = routeStart;
    this.route = route;
    this.freeFlowSeconds = freeFlow;
  }
}
