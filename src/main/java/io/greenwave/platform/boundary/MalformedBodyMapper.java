package io.greenwave.platform.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or JSON of the wrong shape or types. The message names the property
 * where the binder could tell it; parser internals and class names are never shown.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {
  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProcessingException e) {
    return answer(e, uriInfo);
  }

  static Response answer(Throwable e, UriInfo uriInfo) {
    if (writingResponse(e)) {
      // the request was fine; Greenwave failed to write its answer: a 500 with an incident id
      return new UnexpectedFailureMapper().unexpected(e, uriInfo);
    }
    String field = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        Matcher m = PROPERTY.matcher(t.getMessage());
        if (m.find()) {
          field = m.group(1);
        }
      }
    }
    String detail =
        field == null
            ? "The request body is not valid JSON or does not have the expected structure"
            : "The value of '" + field + "' has the wrong type or format";
    return ProblemResponses.of(
        400,
        "malformed-body",
        "Malformed request body",
        detail,
        field == null
            ? java.util.List.of()
            : java.util.List.of(
                io.greenwave.platform.entity.FieldError.of(field, "wrong type or format")),
        uriInfo);
  }

  /** Whether the failure happened while serializing a response rather than reading the request. */
  static boolean writingResponse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        String m = frame.getMethodName();
        if (m.equals("writeTo") || m.equals("toJson") || m.equals("serialize")) {
          return true;
        }
        if (m.equals("readFrom") || m.equals("fromJson") || m.equals("deserialize")) {
          return false;
        }
      }
    }
    return false;
  }

  /** Same answer when the JSON-B binder's exception reaches us unwrapped. */
  @Provider
  public static class Jsonb implements ExceptionMapper<JsonbException> {
    @Context UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException e) {
      return answer(e, uriInfo);
    }
  }

  /** Same answer for JSON-P parse errors in bodies read as JSON structures. */
  @Provider
  public static class JsonP implements ExceptionMapper<JsonException> {
    @Context UriInfo uriInfo;

    @Override
    public Response toResponse(JsonException e) {
      return answer(e, uriInfo);
    }
  }
}
