package io.greenwave.learning;

import io.greenwave.learning.model.ActionValues;

/**
 * The learned part of one intersection's agent.
 *
 * @param intersectionId id of the intersection in the training scenario
 * @param phases number of phases
 * @param minGreen min green, s (for the suggested green duration)
 * @param maxGreen max green, s
 * @param values the action values
 */
public record IntersectionPolicy(
    String intersectionId, int phases, int minGreen, int maxGreen, ActionValues values) {}
