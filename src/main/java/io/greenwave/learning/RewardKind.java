package io.greenwave.learning;

/**
 * What the Q-learning agent is rewarded for between two decisions (all rewards are "more is
 * better"; the ones that measure a cost are negated).
 */
public enum RewardKind {
  /** Minus the vehicles queued at the decision, times the seconds since the last decision. */
  QUEUE,
  /**
   * Minus the queue integral since the last decision (trapezoid of the two queue snapshots): the
   * vehicle-seconds of delay accrued, since delay equals queued time in the simulator.
   */
  DELAY,
  /** Minus the growth of the total waiting time of queued vehicles, scaled to minutes. */
  WAITING,
  /** Minus the absolute intersection pressure (queues minus turn-weighted downstream queues). */
  PRESSURE,
  /** Vehicles discharged since the last decision. */
  THROUGHPUT
}
