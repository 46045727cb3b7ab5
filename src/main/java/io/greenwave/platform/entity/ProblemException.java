package io.greenwave.platform.entity;

import java.util.List;

/**
 * Thrown by Greenwave code when a request cannot be served as asked; becomes an RFC 9457 problem
 * response with the given status. Carries no stack trace: it is an answer, not a failure.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final transient List<FieldError> errors;

  public ProblemException(
      int status, String type, String title, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ProblemException badRequest(String detail, List<FieldError> errors) {
    return new ProblemException(400, "validation", "Invalid request", detail, errors);
  }

  public static ProblemException invalidField(String field, String message) {
    return badRequest(field + ": " + message, List.of(FieldError.of(field, message)));
  }

  public static ProblemException notFound(String what, String id) {
    return new ProblemException(
        404, "not-found", "Not found", what + " '" + id + "' does not exist", List.of());
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail, List.of());
  }

  public static ProblemException conflict(String detail, String field) {
    return new ProblemException(
        409, "conflict", "Conflict", detail, List.of(FieldError.of(field, detail)));
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
