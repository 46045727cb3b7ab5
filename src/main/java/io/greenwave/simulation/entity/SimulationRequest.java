package io.greenwave.simulation.entity;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * What to simulate: either stored {@code intersections} (with the links between them and demand
 * from their detector readings) or a complete {@code scenario} file; the controllers to compare,
 * the baseline, how many seeds, and the demand window and scale.
 *
 * @param intersections ids of stored intersections (one, a corridor, a grid)
 * @param scenario a scenario file (format in docs/simulator.md), instead of intersections
 * @param controllers controller names (default: webster, actuated, max-pressure,
 *     longest-queue-first)
 * @param baseline the controller the others are compared with (default: the first)
 * @param seeds number of seeds, 1-30 (default 5); seed k is {@code k}
 * @param demandFrom start of the readings window (default: the busiest hour of the last 7 days)
 * @param demandTo end of the readings window (default: one hour after the start)
 * @param demandScale multiplier on the demand, 0.1-3 (default 1)
 */
public record SimulationRequest(
    List<String> intersections,
    JsonObject scenario,
    List<String> controllers,
    String baseline,
    Integer seeds,
    String demandFrom,
    String demandTo,
    Double demandScale) {}
