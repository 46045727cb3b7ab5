package io.greenwave.simulator.engine;

import java.util.Arrays;

/**
 * A growable int array used while building trip tables. Hand-written because the JDK has no
 * primitive list and boxing would dominate the cost of building large demands.
 */
final class IntArrayBuilder {
  private int[] values = new int[64];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  int get(int index) {
    return values[index];
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
