package io.greenwave.ml.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lineage facts (hyperparameters, metrics, baselines) are stored as small JSON documents: they
 * differ per algorithm and kind, and nobody queries them by SQL, so columns would be a poor fit.
 */
public final class LineageJson {
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Type NUMBERS =
      new LinkedHashMap<String, Double>() {}.getClass().getGenericSuperclass();

  private LineageJson() {}

  public static String write(Object value) {
    return JSONB.toJson(value);
  }

  /** Reads a flat {name: number} document; an absent document is an empty map. */
  public static Map<String, Double> numbers(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    Map<String, Double> parsed = JSONB.fromJson(json, NUMBERS);
    return parsed == null ? Map.of() : parsed;
  }

  public static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }
}
