package io.greenwave.ml.control;

import io.greenwave.ml.entity.FieldMetric;
import io.greenwave.ml.entity.FieldMetricKey;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.LiveEvent;
import io.greenwave.platform.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Performance metrics reported by field controllers: accepted all-or-nothing with every bad row
 * listed, idempotent (same intersection, interval and controller type replaces), queried as a time
 * series.
 */
@ApplicationScoped
@Transactional
public class FieldMetrics {
  static final Pattern CONTROLLER_TYPE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
  static final int MAX_ROWS = 10_000;

  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  @Inject IntersectionRepository intersections;
  @Inject Event<LiveEvent> events;

  /** One metric as submitted, after checking. */
  public record Submitted(
      String intersectionId,
      OffsetDateTime intervalStart,
      int intervalSeconds,
      String controllerType,
      String modelVersion,
      double averageWait,
      Double averageQueue,
      Double throughput,
      Double stops) {}

  /**
   * @return how many metrics were stored
   */
  public int submit(List<JsonValue> rows) {
    if (rows.isEmpty()) {
      throw ProblemException.invalidField("body", "contains no metrics");
    }
    if (rows.size() > MAX_ROWS) {
      throw new ProblemException(
          413,
          "too-many-metrics",
          "Too many metrics",
          "At most " + MAX_ROWS + " per request",
          List.of());
    }
    List<FieldError> errors = new ArrayList<>();
    List<Submitted> good = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Submitted s = parse(i + 1, rows.get(i), errors, known);
      if (s != null) {
        good.add(s);
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
          "Some metrics are invalid; nothing was stored: "
              + errors.get(0).field()
              + " "
              + errors.get(0).message(),
          errors.subList(0, Math.min(errors.size(), 1000)));
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (Submitted s : good) {
      em.merge(
          new FieldMetric(
              new FieldMetricKey(s.intersectionId(), s.intervalStart(), s.controllerType()),
              s.intervalSeconds(),
              s.modelVersion(),
              s.averageWait(),
              s.averageQueue(),
              s.throughput(),
              s.stops(),
              now));
    }
    em.flush();
    announce(good);
    return good.size();
  }

  /**
   * Metrics of an intersection in a time range, optionally of one controller type, in time order.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FieldMetric> series(
      String intersectionId, OffsetDateTime from, OffsetDateTime to, String controllerType) {
    StringBuilder q =
        new StringBuilder("SELECT m FROM FieldMetric m WHERE m.key.intersectionId = :id");
    if (from != null) {
      q.append(" AND m.key.intervalStart >= :from");
    }
    if (to != null) {
      q.append(" AND m.key.intervalStart < :to");
    }
    if (controllerType != null) {
      q.append(" AND m.key.controllerType = :type");
    }
    var query =
        em.createQuery(
                q.append(" ORDER BY m.key.intervalStart, m.key.controllerType").toString(),
                FieldMetric.class)
            .setParameter("id", intersectionId)
            .setMaxResults(100_000);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    if (controllerType != null) {
      query.setParameter("type", controllerType);
    }
    return query.getResultList();
  }

  private Submitted parse(int row, JsonValue value, List<FieldError> errors, Set<String> known) {
    if (!(value instanceof JsonObject o)) {
      errors.add(FieldError.atRow(row, "row", "must be a JSON object"));
      return null;
    }
    int before = errors.size();
    String id = text(o, "intersectionId");
    if (id == null) {
      errors.add(FieldError.atRow(row, "intersectionId", "is required"));
    } else if (!known.contains(id)) {
      if (intersections.find(id).isPresent()) {
        known.add(id);
      } else {
        errors.add(FieldError.atRow(row, "intersectionId", "unknown intersection '" + id + "'"));
      }
    }
    OffsetDateTime start = null;
    String startText = text(o, "intervalStart");
    try {
      start =
          startText == null
              ? null
              : OffsetDateTime.parse(startText).withOffsetSameInstant(ZoneOffset.UTC);
      if (start == null) {
        errors.add(FieldError.atRow(row, "intervalStart", "is required"));
      } else if (start.isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5))) {
        errors.add(FieldError.atRow(row, "intervalStart", "lies in the future"));
      }
    } catch (DateTimeParseException e) {
      errors.add(
          FieldError.atRow(row, "intervalStart", "must be an ISO-8601 date-time with offset"));
    }
    Double seconds = number(o, "intervalSeconds", row, errors, 60, 3600);
    String type = text(o, "controllerType");
    if (type == null || !CONTROLLER_TYPE.matcher(type).matches()) {
      errors.add(
          FieldError.atRow(
              row,
              "controllerType",
              "is required: lower-case letters, digits, '-' or '_', e.g. fixed-time, greenwave"));
    }
    String modelVersion = text(o, "modelVersion");
    if (modelVersion != null && modelVersion.length() > 40) {
      errors.add(FieldError.atRow(row, "modelVersion", "at most 40 characters"));
    }
    Double wait = number(o, "averageWait", row, errors, 0, 3600);
    if (wait == null && !o.containsKey("averageWait")) {
      errors.add(FieldError.atRow(row, "averageWait", "is required (s/veh)"));
    }
    Double queue = number(o, "averageQueue", row, errors, 0, 1000);
    Double throughput = number(o, "throughput", row, errors, 0, 20_000);
    Double stops = number(o, "stops", row, errors, 0, 50);
    if (errors.size() > before) {
      return null;
    }
    return new Submitted(
        id,
        start,
        seconds == null ? 900 : seconds.intValue(),
        type,
        modelVersion,
        wait,
        queue,
        throughput,
        stops);
  }

  private static String text(JsonObject o, String field) {
    JsonValue v = o.get(field);
    return v instanceof JsonString s && !s.getString().isBlank() ? s.getString().trim() : null;
  }

  private static Double number(
      JsonObject o, String field, int row, List<FieldError> errors, double min, double max) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonNumber n)) {
      errors.add(FieldError.atRow(row, field, "must be a number"));
      return null;
    }
    double d = n.doubleValue();
    if (!(d >= min && d <= max)) {
      errors.add(FieldError.atRow(row, field, "must be between " + min + " and " + max));
      return null;
    }
    return d;
  }

  private void announce(List<Submitted> stored) {
    Map<String, Submitted> latest = new LinkedHashMap<>();
    stored.forEach(
        s ->
            latest.merge(
                s.intersectionId(),
                s,
                (a, b) -> b.intervalStart().isAfter(a.intervalStart()) ? b : a));
    for (Submitted s : latest.values()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("intervalStart", s.intervalStart().toString());
      data.put("controllerType", s.controllerType());
      data.put("averageWait", s.averageWait());
      if (s.averageQueue() != null) {
        data.put("averageQueue", s.averageQueue());
      }
      if (s.throughput() != null) {
        data.put("throughput", s.throughput());
      }
      try {
        events.fire(LiveEvent.of("metrics", s.intersectionId(), data));
      } catch (RuntimeException e) {
        // live views are best effort
      }
    }
  }
}
