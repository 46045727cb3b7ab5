package io.greenwave.network.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores the ordered lane groups of a phase as a space-separated column, e.g. {@code N_T S_T}. */
@Converter
public class LaneGroupIdsConverter implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> ids) {
    return String.join(" ", ids);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return Arrays.stream(column.trim().split("\\s+")).toList();
  }
}
