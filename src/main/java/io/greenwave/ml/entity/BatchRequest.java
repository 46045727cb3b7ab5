package io.greenwave.ml.entity;

import java.util.List;

/**
 * Many predictions at once: either {@code states} (up to 10,000 intersection states), or a
 * historical window of one intersection ({@code intersectionId}, {@code from}, {@code to}) whose
 * forecasts are replayed next to the actual readings.
 */
public record BatchRequest(
    List<PredictionRequest> states, String intersectionId, String from, String to) {}
