package io.greenwave.simulator.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ready-made intersections and networks used by the examples, the tests and the benchmark: a
 * 4-phase intersection with protected lefts, a 2-phase intersection, an east-west arterial and a
 * grid. Phase 0 always serves the east-west through movements (the coordinated direction).
 */
public final class Layouts {
  private Layouts() {}

  /**
   * A 4-phase intersection: on every approach {@code X_T} (through and right, 2 lanes) and {@code
   * X_L} (left, 1 lane); phases E/W through, E/W left, N/S through, N/S left.
   */
  public static Intersection fourPhase(String id, SignalTiming timing) {
    List<LaneGroup> groups = new ArrayList<>();
    for (Approach a : Approach.values()) {
      groups.add(
          new LaneGroup(
              a + "_T",
              a,
              Set.of(Movement.THROUGH, Movement.RIGHT),
              2,
              LaneGroup.DEFAULT_SATURATION_FLOW));
      groups.add(
          new LaneGroup(a + "_L", a, Set.of(Movement.LEFT), 1, LaneGroup.DEFAULT_SATURATION_FLOW));
    }
    List<Phase> phases =
        List.of(
            new Phase(Set.of("E_T", "W_T")),
            new Phase(Set.of("E_L", "W_L")),
            new Phase(Set.of("N_T", "S_T")),
            new Phase(Set.of("N_L", "S_L")));
    return new Intersection(id, groups, phases, timing);
  }

  /**
   * A 2-phase intersection of one-lane through-only approaches ({@code X_T}): phases E/W and N/S.
   * The textbook case for Webster's delay formula.
   */
  public static Intersection twoPhaseThrough(String id, SignalTiming timing) {
    List<LaneGroup> groups = new ArrayList<>();
    for (Approach a : Approach.values()) {
      groups.add(
          new LaneGroup(
              a + "_T", a, Set.of(Movement.THROUGH), 1, LaneGroup.DEFAULT_SATURATION_FLOW));
    }
    List<Phase> phases = List.of(new Phase(Set.of("E_T", "W_T")), new Phase(Set.of("N_T", "S_T")));
    return new Intersection(id, groups, phases, timing);
  }

  /**
   * A grid of 4-phase intersections {@code I<row>_<col>}, two-way links of the given length between
   * neighbours, entry legs of the same length on the border.
   */
  public static Network grid(int rows, int cols, double blockMeters, double speedKmh) {
    List<Intersection> xs = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        xs.add(fourPhase(gridId(r, c), SignalTiming.DEFAULTS));
        if (c + 1 < cols) {
          links.add(new Link(gridId(r, c), gridId(r, c + 1), Approach.W, blockMeters, speedKmh));
          links.add(new Link(gridId(r, c + 1), gridId(r, c), Approach.E, blockMeters, speedKmh));
        }
        if (r + 1 < rows) {
          links.add(new Link(gridId(r, c), gridId(r + 1, c), Approach.N, blockMeters, speedKmh));
          links.add(new Link(gridId(r + 1, c), gridId(r, c), Approach.S, blockMeters, speedKmh));
        }
      }
    }
    return new Network(xs, links, blockMeters, speedKmh);
  }

  /** An east-west arterial: a one-row grid. */
  public static Network arterial(int count, double blockMeters, double speedKmh) {
    return grid(1, count, blockMeters, speedKmh);
  }

  /** Id of a grid intersection. */
  public static String gridId(int row, int col) {
    return "I" + row + "_" + col;
  }
}
