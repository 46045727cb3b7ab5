package io.greenwave.learning.model;

import io.greenwave.signal.IntersectionState;

/** A Q-table: one row per discretised state ({@link StateDiscretisation}), one column per phase. */
public final class TabularActionValues implements ActionValues {
  private final StateDiscretisation discretisation;
  private final int phases;
  private final double[] table;
  private int capturedCell = -1;

  /** An all-zero table for an intersection with {@code phases} phases. */
  public TabularActionValues(StateDiscretisation discretisation, int phases) {
    this(discretisation, phases, new double[discretisation.rows(phases) * phases]);
  }

  /** A table with the given values (copied), row-major. */
  public TabularActionValues(StateDiscretisation discretisation, int phases, double[] table) {
    if (table.length != discretisation.rows(phases) * phases) {
      throw new IllegalArgumentException("table size does not match the discretisation");
    }
    this.discretisation = discretisation;
    this.phases = phases;
    this.table = table.clone();
  }

  /** The discretisation rows are indexed by. */
  public StateDiscretisation discretisation() {
    return discretisation;
  }

  /** Number of phases (columns). */
  public int phases() {
    return phases;
  }

  @Override
  public void values(IntersectionState s, double[] out) {
    int base = discretisation.row(s) * phases;
    System.arraycopy(table, base, out, 0, phases);
    // Rewards are costs, so learned values are negative and an untried action keeps its 0: that
    // optimism helps exploration during training but would make the greedy policy prefer actions
    // it knows nothing about. Rank untried actions just below the worst tried one instead.
    double worst = 0;
    for (int p = 0; p < phases; p++) {
      worst = Math.min(worst, out[p]);
    }
    for (int p = 0; p < phases; p++) {
      if (out[p] == 0) {
        out[p] = worst - 1e-3;
      }
      // Ties (an unvisited row) go to the phase with the most vehicles, not to phase 0: a
      // policy that always preferred phase 0 in unknown states would starve the last phases.
      out[p] += 1e-6 * served(s, p);
    }
  }

  private static int served(IntersectionState s, int phase) {
    int n = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g)) {
        n += s.queue(g);
      }
    }
    return n;
  }

  @Override
  public void capture(IntersectionState s, int phase) {
    capturedCell = discretisation.row(s) * phases + phase;
  }

  @Override
  public void moveCaptured(double target, double alpha) {
    if (capturedCell >= 0) {
      table[capturedCell] += alpha * (target - table[capturedCell]);
    }
  }

  @Override
  public double[] parameters() {
    return table;
  }

  @Override
  public TabularActionValues copy() {
    return new TabularActionValues(discretisation, phases, table);
  }
}
