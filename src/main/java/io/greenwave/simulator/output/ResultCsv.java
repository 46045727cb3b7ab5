package io.greenwave.simulator.output;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * CSV views of a result, one table per kind, with a header row, comma separators and a dot as
 * decimal mark (locale-independent). Ids are written as they are (scenario ids contain no commas).
 */
public final class ResultCsv {
  private ResultCsv() {}

  /** Network totals as a one-row table. */
  public static String totals(SimulationResult r) {
    NetworkTotals t = r.totals();
    return "scenario,controller,seed,simulatedSeconds,vehiclesDeparted,vehiclesExited,"
        + "vehiclesInside,vehiclesWaitingToEnter,meanDelay,meanWaiting,meanStops,meanTravelTime,"
        + "throughputPerHour,meanQueue,totalDelayHours\n"
        + String.format(
            Locale.ROOT,
            "%s,%s,%d,%d,%d,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.1f,%.3f,%.3f%n",
            r.scenario(),
            r.controller(),
            r.seed(),
            t.simulatedSeconds(),
            t.vehiclesDeparted(),
            t.vehiclesExited(),
            t.vehiclesInside(),
            t.vehiclesWaitingToEnter(),
            t.meanDelay(),
            t.meanWaiting(),
            t.meanStops(),
            t.meanTravelTime(),
            t.throughputPerHour(),
            t.meanQueue(),
            t.totalDelayHours());
  }

  /** One row per lane group. */
  public static String laneGroups(SimulationResult r) {
    return table(
        "intersection,laneGroup,arrivals,departures,meanQueue,maxQueue,meanDelay,"
            + "effectiveGreenSeconds,degreeOfSaturation,measuredSaturationFlowPerLane",
        r.laneGroups(),
        g ->
            String.format(
                Locale.ROOT,
                "%s,%s,%d,%d,%.3f,%d,%.3f,%d,%s,%s",
                g.intersection(),
                g.laneGroup(),
                g.arrivals(),
                g.departures(),
                g.meanQueue(),
                g.maxQueue(),
                g.meanDelay(),
                g.effectiveGreenSeconds(),
                number(g.degreeOfSaturation()),
                number(g.measuredSaturationFlowPerLane())));
  }

  /** One row per detector interval and lane group. */
  public static String detectors(SimulationResult r) {
    return table(
        "startSecond,endSecond,intersection,laneGroup,count,meanQueue,occupancy",
        r.detectors(),
        d ->
            String.format(
                Locale.ROOT,
                "%d,%d,%s,%s,%d,%.3f,%.4f",
                d.startSecond(),
                d.endSecond(),
                d.intersection(),
                d.laneGroup(),
                d.count(),
                d.meanQueue(),
                d.occupancy()));
  }

  /** One row per vehicle (empty unless the run recorded vehicles). */
  public static String vehicles(SimulationResult r) {
    return table(
        "id,departureSecond,exitSecond,travelTime,freeFlowTime,delay,waiting,stops,finished",
        r.vehicles(),
        v ->
            v.id()
                + ","
                + v.departureSecond()
                + ","
                + v.exitSecond()
                + ","
                + v.travelTime()
                + ","
                + v.freeFlowTime()
                + ","
                + v.delay()
                + ","
                + v.waiting()
                + ","
                + v.stops()
                + ","
                + v.finished());
  }

  private static <T> String table(String header, List<T> rows, Function<T, String> row) {
    StringBuilder out = new StringBuilder(header).append('\n');
    for (T t : rows) {
      out.append(row.apply(t)).append('\n');
    }
    return out.toString();
  }

  private static String number(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
  }
}
