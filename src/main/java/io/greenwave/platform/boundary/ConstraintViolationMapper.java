package io.greenwave.platform.boundary;

import io.greenwave.platform.entity.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on resource parameters and bodies. Jersey would answer them with an HTML
 * page; Greenwave answers with the field paths as the client sent them ({@code
 * laneGroups[1].lanes}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> FieldError.of(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    String detail =
        errors.stream()
            .map(f -> f.field() + ": " + f.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("Invalid request");
    return ProblemResponses.of(400, "validation", "Invalid request", detail, errors, uriInfo);
  }

  /** Drops the method and parameter nodes so that the path reads as the JSON the client sent. */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
        case PARAMETER -> {
          // the body parameter itself has no useful name; query parameters keep theirs
        }
        default -> {
          if (node.getIndex() != null && field.length() > 0) {
            field.append('[').append(node.getIndex()).append(']');
          }
          if (node.getName() != null) {
            if (field.length() > 0) {
              field.append('.');
            }
            field.append(node.getName());
          }
        }
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
