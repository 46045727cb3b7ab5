package io.greenwave.forecasting.features;

import java.util.Arrays;

/**
 * The counts of one lane group on the slot grid, from its first to its last reading. A slot without
 * a reading (detector outage, lost upload) stays NaN: the features then say "missing" instead of
 * pretending nobody drove by.
 */
public final class ReadingSeries implements CountLookup {
  private final long firstSlot;
  private final double[] counts;

  ReadingSeries(long firstSlot, double[] counts) {
    this.firstSlot = firstSlot;
    this.counts = counts;
  }

  /** A series for slots {@code firstSlot .. firstSlot + length - 1}, all missing. */
  static ReadingSeries empty(long firstSlot, int length) {
    double[] counts = new double[length];
    Arrays.fill(counts, Double.NaN);
    return new ReadingSeries(firstSlot, counts);
  }

  void put(long slot, double count) {
    counts[(int) (slot - firstSlot)] = count;
  }

  @Override
  public double count(long slot) {
    long i = slot - firstSlot;
    return i < 0 || i >= counts.length ? Double.NaN : counts[(int) i];
  }

  /** The first slot covered. */
  public long firstSlot() {
    return firstSlot;
  }

  /** One past the last slot covered. */
  public long endSlot() {
    return firstSlot + counts.length;
  }

  /** The slots that have a reading. */
  public long present() {
    return Arrays.stream(counts).filter(c -> !Double.isNaN(c)).count();
  }
}
