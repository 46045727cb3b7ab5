/**
 * Traffic demand of a scenario: per-entry flows with turning shares and time-varying profiles,
 * Poisson or fixed-count arrivals, or an explicit list of vehicles with departure second and route
 * (to replay exactly the same vehicles in Greenwave and in another simulator).
 *
 * <p>These are specifications only; the engine turns them into vehicles with explicit seeds, so the
 * arrival stream never depends on the signal controller (common random numbers).
 */
package io.greenwave.simulator.demand;
