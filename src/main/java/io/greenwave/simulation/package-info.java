/**
 * Simulation as a service: runs the simulator and the evaluation harness on stored intersections
 * (their geometry, links and detector-derived demand) or on a scenario file, as asynchronous jobs
 * with progress, and serves the comparison as JSON and CSV under {@code /api/simulations}. The
 * simulator itself ({@code io.greenwave.simulator}) stays plain Java; this feature adapts it.
 */
package io.greenwave.simulation;
