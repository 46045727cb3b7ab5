package io.greenwave.ml.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to train. Common: {@code intersectionId}, {@code kind} ({@code forecaster} or {@code
 * policy}), {@code hyperparameters} (passed through and recorded), {@code seed}.
 *
 * <p>Forecaster: {@code algorithm} (RANDOM_FOREST default, M5P, LINEAR_REGRESSION,
 * MULTILAYER_PERCEPTRON, SMOREG), {@code horizon} 1-4 intervals, {@code holdoutDays} (chronological
 * hold-out), {@code dataFrom}/{@code dataTo} (readings window; default all).
 *
 * <p>Policy: {@code algorithm} = learning method (POLICY_SEARCH default, Q_TABLE, Q_LINEAR), the
 * training demand from readings {@code demandFrom}/{@code demandTo} (default the busiest hour of
 * the last week) and {@code demandScale}.
 */
public record TrainingRequest(
    String intersectionId,
    String kind,
    String algorithm,
    JsonObject hyperparameters,
    Integer horizon,
    Integer holdoutDays,
    String dataFrom,
    String dataTo,
    String demandFrom,
    String demandTo,
    Double demandScale,
    Long seed) {

  /** The hyperparameters as text, however the client typed them (numbers, strings, booleans). */
  public Map<String, String> hyperparameterValues() {
    Map<String, String> values = new LinkedHashMap<>();
    if (hyperparameters != null) {
      hyperparameters.forEach(
          (k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
    }
    return values;
  }
}
