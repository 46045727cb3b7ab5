package io.greenwave.demo.control;

import io.greenwave.simulator.engine.LaneGroupSnapshot;
import io.greenwave.simulator.engine.TrafficSnapshot;
import io.greenwave.simulator.engine.VehicleSnapshot;
import io.greenwave.simulator.network.Approach;
import io.greenwave.simulator.network.Link;
import io.greenwave.simulator.network.Network;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where things are drawn, in metres on a north-up plane (x east, y south, as on a screen): the
 * intersections placed along their links, every lane group's stop line and lanes (right-hand
 * traffic, left-turn lanes next to the centre line), and each vehicle's place from the simulator's
 * point queues: a queued vehicle stands {@link #SPACING} metres behind the one ahead in its lane, a
 * travelling one is where its remaining travel time puts it, but never inside the queue ahead. The
 * browser only scales and draws these coordinates.
 */
public final class DemoLayout {
  /** Lane width, m. */
  static final double LANE = 3.5;

  /** Space a queued vehicle takes (the simulator's jam spacing), m. */
  static final double SPACING = 7.5;

  /** How far beyond the outer intersections the view reaches, m. */
  static final double MARGIN = 120;

  private final double[] x;
  private final double[] y;
  private final double[] halfBox;
  private final double[][] laneGroupGeometry; // stop-line x, y; direction dx, dy; lateral offset
  private final int[] lanes;
  private final double[] legLength;
  private final double[] metresPerSecond;
  private final double minX;
  private final double minY;
  private final double maxX;
  private final double maxY;

  /** Lays out a network whose lane groups are those of {@code first} (any snapshot of it). */
  public DemoLayout(Network network, TrafficSnapshot first) {
    int n = network.intersections().size();
    x = new double[n];
    y = new double[n];
    place(network);
    halfBox = new double[n];
    List<LaneGroupSnapshot> groups = first.laneGroups();
    int[][] lanesPerApproach = new int[n][4];
    for (LaneGroupSnapshot g : groups) {
      lanesPerApproach[g.intersection()][g.approach().ordinal()] += g.lanes();
    }
    for (int i = 0; i < n; i++) {
      int widest = 1;
      for (int l : lanesPerApproach[i]) {
        widest = Math.max(widest, l);
      }
      halfBox[i] = widest * LANE + 1.5;
    }
    laneGroupGeometry = new double[groups.size()][];
    lanes = new int[groups.size()];
    legLength = new double[groups.size()];
    metresPerSecond = new double[groups.size()];
    int[][] usedLanes = new int[n][4];
    // left-only lane groups first, so they sit next to the centre line
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < groups.size(); k++) {
        LaneGroupSnapshot g = groups.get(k);
        boolean leftOnly = g.id().endsWith("_L");
        if (leftOnly != (pass == 0)) {
          continue;
        }
        int i = g.intersection();
        int a = g.approach().ordinal();
        laneGroupGeometry[k] = geometry(i, g.approach(), usedLanes[i][a]);
        usedLanes[i][a] += g.lanes();
        lanes[k] = g.lanes();
        legLength[k] = g.legLengthMeters();
        metresPerSecond[k] = g.legLengthMeters() / g.legTravelSeconds();
      }
    }
    double lowX = Double.MAX_VALUE;
    double lowY = Double.MAX_VALUE;
    double highX = -Double.MAX_VALUE;
    double highY = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      lowX = Math.min(lowX, x[i]);
      lowY = Math.min(lowY, y[i]);
      highX = Math.max(highX, x[i]);
      highY = Math.max(highY, y[i]);
    }
    minX = lowX - MARGIN;
    minY = lowY - MARGIN;
    maxX = highX + MARGIN;
    maxY = highY + MARGIN;
  }

  /** Intersection 0 at the origin, the others along the links (breadth first). */
  private void place(Network network) {
    int n = network.intersections().size();
    boolean[] placed = new boolean[n];
    placed[0] = true;
    Deque<Integer> todo = new ArrayDeque<>(List.of(0));
    while (!todo.isEmpty()) {
      int from = todo.poll();
      for (Link link : network.links()) {
        int a = network.indexOf(link.from());
        int b = network.indexOf(link.to());
        if (a == from && !placed[b]) {
          double[] d = unit(link.fromSide());
          x[b] = x[a] + d[0] * link.lengthMeters();
          y[b] = y[a] + d[1] * link.lengthMeters();
          placed[b] = true;
          todo.add(b);
        }
      }
    }
  }

  /** Unit vector pointing from an intersection towards a side (y grows southwards). */
  private static double[] unit(Approach side) {
    return switch (side) {
      case N -> new double[] {0, -1};
      case E -> new double[] {1, 0};
      case S -> new double[] {0, 1};
      case W -> new double[] {-1, 0};
    };
  }

  private double[] geometry(int i, Approach approach, int firstLane) {
    double[] out = unit(approach); // the approach road lies on this side
    double dx = -out[0];
    double dy = -out[1]; // direction of travel: towards the intersection
    double stopX = x[i] + out[0] * halfBox[i];
    double stopY = y[i] + out[1] * halfBox[i];
    return new double[] {stopX, stopY, dx, dy, firstLane * LANE + LANE / 2};
  }

  /**
   * The static picture as JSON: view bounds, intersections (centre, half box size) and lane groups
   * (stop line x and y, direction of travel x and y, right-hand offset of the first lane, lanes,
   * length of the road), in the engine's lane-group order, which the signal strings of the frames
   * follow.
   */
  public String json() {
    StringBuilder b = new StringBuilder(2048);
    b.append("{\"bounds\":[")
        .append(num(minX))
        .append(',')
        .append(num(minY))
        .append(',')
        .append(num(maxX))
        .append(',')
        .append(num(maxY))
        .append("],\"lane\":")
        .append(num(LANE))
        .append(",\"intersections\":[");
    for (int i = 0; i < x.length; i++) {
      b.append(i == 0 ? "" : ",")
          .append('[')
          .append(num(x[i]))
          .append(',')
          .append(num(y[i]))
          .append(',')
          .append(num(halfBox[i]))
          .append(']');
    }
    b.append("],\"laneGroups\":[");
    for (int k = 0; k < laneGroupGeometry.length; k++) {
      double[] g = laneGroupGeometry[k];
      b.append(k == 0 ? "" : ",")
          .append('[')
          .append(num(g[0]))
          .append(',')
          .append(num(g[1]))
          .append(',')
          .append(num(g[2]))
          .append(',')
          .append(num(g[3]))
          .append(',')
          .append(num(g[4]))
          .append(',')
          .append(lanes[k])
          .append(',')
          .append(num(legLength[k]))
          .append(']');
    }
    return b.append("]}").toString();
  }

  /**
   * Vehicles as a flat JSON array {@code [id, x, y, waited, id, x, y, waited, ...]} (compact: a
   * frame of a busy grid holds several hundred vehicles on each side).
   */
  public void appendVehicles(TrafficSnapshot s, StringBuilder b) {
    b.append('[');
    double[] laneEnd = new double[16];
    int current = -1;
    boolean firstVehicle = true;
    for (VehicleSnapshot v : s.vehicles()) {
      int g = v.laneGroup();
      if (g != current) {
        current = g;
        java.util.Arrays.fill(laneEnd, -SPACING / 2);
      }
      int lane = Math.floorMod(v.id(), lanes[g]);
      double want = v.queued() ? 0 : v.secondsToStopLine() * metresPerSecond[g];
      double distance = Math.max(want, laneEnd[lane] + SPACING);
      laneEnd[lane] = distance;
      if (distance > 400) {
        continue; // far up an entry road: outside any view
      }
      double[] geo = laneGroupGeometry[g];
      double along = distance + SPACING / 2;
      double lateral = geo[4] + lane * LANE;
      // right of the direction of travel (dx, dy) on a y-down plane is (-dy, dx)
      double px = geo[0] - geo[2] * along - geo[3] * lateral;
      double py = geo[1] - geo[3] * along + geo[2] * lateral;
      b.append(firstVehicle ? "" : ",")
          .append(v.id())
          .append(',')
          .append(num(px))
          .append(',')
          .append(num(py))
          .append(',')
          .append(v.waitingSeconds());
      firstVehicle = false;
    }
    b.append(']');
  }

  /** Signal aspects as one letter per lane group (G, Y, R), in lane-group order. */
  public static String signals(TrafficSnapshot s) {
    StringBuilder b = new StringBuilder(s.laneGroups().size());
    for (LaneGroupSnapshot g : s.laneGroups()) {
      b.append(g.aspect().name().charAt(0));
    }
    return b.toString();
  }

  /** One decimal (10 cm is finer than any screen shows); much cheaper than String.format. */
  static String num(double v) {
    double rounded = Math.round(v * 10) / 10.0;
    return rounded == 0 ? "0" : Double.toString(rounded);
  }
}
