/**
 * The simulator's road network: intersections with their approaches, lane groups, phases and timing
 * limits, and the links that join them into a corridor or a grid.
 *
 * <p>These are plain immutable records that mirror the stored intersection model of the platform,
 * so that an adapter can map a persisted intersection onto a simulator network field by field.
 */
package io.greenwave.simulator.network;
