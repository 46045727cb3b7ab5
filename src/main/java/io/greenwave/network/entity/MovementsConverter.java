package io.greenwave.network.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a lane group's movements as a comma-separated column, e.g. {@code THROUGH,RIGHT}. */
@Converter
public class MovementsConverter implements AttributeConverter<Set<Movement>, String> {
  @Override
  public String convertToDatabaseColumn(Set<Movement> movements) {
    return movements.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  @Override
  public Set<Movement> convertToEntityAttribute(String column) {
    EnumSet<Movement> movements = EnumSet.noneOf(Movement.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::trim)
          .map(Movement::valueOf)
          .forEach(movements::add);
    }
    return movements;
  }
}
