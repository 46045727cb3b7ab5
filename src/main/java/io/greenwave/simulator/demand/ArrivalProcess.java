package io.greenwave.simulator.demand;

/** How vehicles of an entry flow are spread in time. */
public enum ArrivalProcess {
  /** Poisson process at the (possibly time-varying) rate: random counts and random times. */
  POISSON,
  /** Exactly the expected count per profile segment (rounded), at uniformly random times. */
  FIXED_COUNT
}
