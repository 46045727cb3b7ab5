/**
 * The simulation engine: a vehicle-level, 1-second discrete-time queue model over primitive arrays.
 *
 * <p>Vehicles travel each link at free-flow speed and join a first-in first-out queue at the stop
 * line of their lane group (a point queue with finite link storage). During effective green a queue
 * discharges at the saturation flow after the start-up lost time; a full downstream link blocks
 * discharge (spillback). {@link io.greenwave.simulator.engine.Simulation} is the public entry:
 * reset with a seed, step or run, observe, read the {@link
 * io.greenwave.simulator.output.SimulationResult}.
 */
package io.greenwave.simulator.engine;
