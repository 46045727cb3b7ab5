package io.greenwave.operations.control;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;

/**
 * The URI template of a resource method, e.g. {@code /api/intersections/{id}/readings}: the label
 * of per-endpoint metrics. Templates, not concrete paths, keep the number of series bounded — one
 * per endpoint, not one per intersection.
 */
public final class EndpointTemplate {
  /** The label of requests that matched no resource method (404, 405, pre-flight). */
  public static final String UNMATCHED = "unmatched";

  private EndpointTemplate() {}

  /** The template of a method of a resource class under the application path. */
  public static String of(String applicationPath, Class<?> resource, Method method) {
    if (resource == null || method == null) {
      return UNMATCHED;
    }
    StringBuilder template = new StringBuilder();
    append(template, applicationPath);
    Path classPath = resource.getAnnotation(Path.class);
    if (classPath != null) {
      append(template, classPath.value());
    }
    Path methodPath = method.getAnnotation(Path.class);
    if (methodPath != null) {
      append(template, methodPath.value());
    }
    return template.length() == 0 ? "/" : template.toString();
  }

  private static void append(StringBuilder template, String segment) {
    if (segment == null) {
      return;
    }
    String trimmed = segment.replaceAll("^/+|/+$", "");
    // a regex in a template ({id: [a-z]+}) is noise in a label: keep the parameter name
    trimmed = trimmed.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
    if (!trimmed.isEmpty()) {
      template.append('/').append(trimmed);
    }
  }

  /** {@code 2xx}, {@code 4xx}, ...: the status label (single codes would multiply the series). */
  public static String statusClass(int status) {
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
  }
}
