package io.greenwave.forecasting.features;

/** The vehicle count of a lane group in a slot, or NaN when it is not known. */
@FunctionalInterface
public interface CountLookup {
  double count(long slot);
}
