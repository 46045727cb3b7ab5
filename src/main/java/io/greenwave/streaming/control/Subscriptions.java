package io.greenwave.streaming.control;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.streaming.entity.EventTypes;
import io.greenwave.streaming.entity.Format;
import io.greenwave.streaming.entity.Subscription;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a subscription as clients give it (WebSocket message fields or SSE query parameters) and
 * refuses bad ones naming the field: {@code intersections}, {@code events} or {@code format}.
 */
public final class Subscriptions {
  /** Intersections a single subscription may name at most; more is almost surely a mistake. */
  static final int MAX_INTERSECTIONS = 1000;

  private Subscriptions() {}

  /**
   * @param intersections the ids, or null for all
   * @param events the event types, or null for all
   * @param format {@code dashboard}, {@code chart} or {@code table}; null for dashboard
   */
  public static Subscription of(List<String> intersections, List<String> events, String format) {
    Format f =
        Format.parse(format)
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "format",
                        "unknown format '" + format + "'; one of dashboard, chart, table"));
    return new Subscription(intersections(intersections), types(events), f);
  }

  /** Comma-separated forms, as in SSE query parameters; {@code all} or absent means all. */
  public static Subscription ofQuery(String intersections, String events, String format) {
    return of(commaList(intersections), commaList(events), format);
  }

  private static List<String> commaList(String s) {
    if (s == null || s.isBlank() || s.trim().equals("all")) {
      return null;
    }
    return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }

  private static Set<String> intersections(List<String> ids) {
    if (ids == null) {
      return null;
    }
    if (ids.isEmpty()) {
      throw ProblemException.invalidField(
          "intersections", "names no intersection; give ids or \"all\"");
    }
    if (ids.size() > MAX_INTERSECTIONS) {
      throw ProblemException.invalidField(
          "intersections", "names more than " + MAX_INTERSECTIONS + "; use \"all\"");
    }
    for (String id : ids) {
      if (id == null || id.isBlank() || id.length() > 64) {
        throw ProblemException.invalidField("intersections", "contains an empty or overlong id");
      }
    }
    return new LinkedHashSet<>(ids);
  }

  private static Set<String> types(List<String> events) {
    if (events == null) {
      return Set.copyOf(EventTypes.ALL);
    }
    if (events.isEmpty()) {
      throw ProblemException.invalidField(
          "events", "names no event type; one of " + EventTypes.ALL);
    }
    for (String e : events) {
      if (!EventTypes.ALL.contains(e)) {
        throw ProblemException.invalidField(
            "events", "unknown event type '" + e + "'; one of " + EventTypes.ALL);
      }
    }
    return Set.copyOf(events);
  }
}
