package io.greenwave.platform.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every Greenwave error response ({@code
 * application/problem+json}). {@code errors} lists each offending field; it is the Greenwave
 * extension member that clients read to show messages next to fields or rows.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  /** The media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Base of the {@code type} URIs; documented in docs/api.md. */
  public static final String TYPE_BASE = "https://greenwave.io/problems/";

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }
}
