package io.greenwave.ml.entity;

import io.greenwave.platform.entity.ProblemException;

/** The two kinds of model an intersection has: a demand forecaster and a signal policy. */
public enum ModelKind {
  FORECASTER,
  POLICY;

  /** Parses {@code forecaster} / {@code policy} (any case); 400 naming the field otherwise. */
  public static ModelKind parse(String text, String field) {
    if (text != null) {
      for (ModelKind k : values()) {
        if (k.name().equalsIgnoreCase(text.trim())) {
          return k;
        }
      }
    }
    throw ProblemException.invalidField(field, "must be 'forecaster' or 'policy'");
  }

  public String label() {
    return name().toLowerCase();
  }
}
