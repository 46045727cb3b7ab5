package io.greenwave.platform.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One thing wrong with a request: the field (a JSON pointer-like path such as {@code
 * laneGroups[2].lanes}, a query parameter, or a CSV column), why, and for row-based bodies the row
 * number (1-based; the CSV header is row 0).
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"row", "field", "message"})
public record FieldError(Integer row, String field, String message)
    implements java.io.Serializable {
  public static FieldError of(String field, String message) {
    return new FieldError(null, field, message);
  }

  public static FieldError atRow(int row, String field, String message) {
    return new FieldError(row, field, message);
  }
}
