package io.greenwave.demo.control;

import io.greenwave.simulator.engine.TrafficSnapshot;
import java.util.List;

/**
 * The JSON a demo page receives over its socket, one message per frame. A frame carries, per side,
 * the signal aspects and the vehicles; new chart points since the last frame; the totals; and, in a
 * <em>full</em> frame (first frame, after a reset or a reconnect), the layout and every chart point
 * so far, so that a page that missed messages draws the whole run again.
 */
public final class DemoFrames {
  private DemoFrames() {}

  /**
   * @param run the visitor's run
   * @param full whether to include the layout and all samples
   * @param fromSample index of the first sample to include when not full
   * @param intervalMillis wall-clock time until the next frame, for the browser's interpolation
   */
  public static String frame(DemoRun run, boolean full, int fromSample, long intervalMillis) {
    synchronized (run) {
      TrafficSnapshot[] sides = run.snapshots();
      DemoLayout layout = run.layout();
      StringBuilder b = new StringBuilder(16_384);
      b.append("{\"t\":")
          .append(sides[0].time())
          .append(",\"generation\":")
          .append(run.generation())
          .append(",\"running\":")
          .append(run.running())
          .append(",\"finished\":")
          .append(run.finished())
          .append(",\"speed\":")
          .append(run.settings().speed())
          .append(",\"learned\":")
          .append(run.switches().learned())
          .append(",\"interval\":")
          .append(intervalMillis);
      if (full) {
        b.append(",\"layout\":").append(run.layoutJson());
        b.append(",\"model\":");
        string(b, run.modelLabel());
      }
      side(b, "left", sides[0], layout);
      side(b, "right", sides[1], layout);
      List<DemoSample> samples = run.samples();
      int from = full ? 0 : Math.min(fromSample, samples.size());
      b.append(",\"sampleFrom\":").append(from).append(",\"samples\":[");
      for (int k = from; k < samples.size(); k++) {
        DemoSample s = samples.get(k);
        b.append(k == from ? "" : ",").append('[').append(s.time());
        point(b, s.baseline());
        point(b, s.greenwave());
        b.append(']');
      }
      b.append(']');
      totals(b, run.comparison());
      return b.append('}').toString();
    }
  }

  private static void side(StringBuilder b, String name, TrafficSnapshot s, DemoLayout layout) {
    b.append(",\"").append(name).append("\":{\"signals\":\"").append(DemoLayout.signals(s));
    int queue = 0;
    for (var g : s.laneGroups()) {
      queue += g.queue();
    }
    b.append("\",\"queue\":").append(queue);
    b.append(",\"waitingToEnter\":").append(s.waitingToEnter());
    b.append(",\"vehicles\":");
    layout.appendVehicles(s, b);
    b.append('}');
  }

  private static void point(StringBuilder b, SidePoint p) {
    b.append(',')
        .append(DemoLayout.num(p.meanDelay()))
        .append(',')
        .append(p.queue())
        .append(',')
        .append(DemoLayout.num(p.throughput()));
  }

  private static void totals(StringBuilder b, DemoComparison c) {
    b.append(",\"totals\":{\"baselineServed\":")
        .append(c.baselineServed())
        .append(",\"greenwaveServed\":")
        .append(c.greenwaveServed())
        .append(",\"baselineMeanWait\":")
        .append(DemoLayout.num(c.baselineMeanWait()))
        .append(",\"greenwaveMeanWait\":")
        .append(DemoLayout.num(c.greenwaveMeanWait()))
        .append(",\"paired\":")
        .append(c.paired())
        .append(",\"lessWaitingPercent\":")
        .append(DemoLayout.num(c.lessWaitingPercent()))
        .append(",\"lessWaitingLow\":")
        .append(c.hasInterval() ? DemoLayout.num(c.lessWaitingLow()) : "null")
        .append(",\"lessWaitingHigh\":")
        .append(c.hasInterval() ? DemoLayout.num(c.lessWaitingHigh()) : "null")
        .append(",\"fuelSavedLitres\":")
        .append(String.format(java.util.Locale.ROOT, "%.2f", c.fuelSavedLitres()))
        .append(",\"co2SavedKg\":")
        .append(String.format(java.util.Locale.ROOT, "%.2f", c.co2SavedKg()))
        .append('}');
  }

  /** A JSON string literal (labels come from model names: escape quotes and control chars). */
  static void string(StringBuilder b, String s) {
    b.append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }
}
