package io.greenwave.ml.boundary;

import io.greenwave.ml.control.FieldMetrics;
import io.greenwave.ml.entity.FieldMetric;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Performance metrics from field controllers: submit, and read back as a time series. */
@Path("ml/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ML performance", description = "Field metrics and performance reports")
public class FieldMetricsResource {
  @Inject FieldMetrics metrics;
  @Inject IntersectionRepository intersections;

  /** The answer to a submission. */
  public record Stored(int stored) {}

  @RolesAllowed({Roles.DEVICE, Roles.OPERATOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit per-interval performance metrics (a JSON object or an array, up to 10,000)",
      description =
          "averageWait s/veh (required), averageQueue veh, throughput veh/h, stops per vehicle;"
              + " tagged with controllerType and modelVersion. All-or-nothing; a re-sent interval"
              + " and controller type replaces.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "one interval",
                      value =
                          "[{\"intersectionId\":\"iso-1\",\"intervalStart\":\"2026-11-27T08:00:00Z\",\"intervalSeconds\":900,\"controllerType\":\"greenwave\",\"modelVersion\":\"3\",\"averageWait\":21.5,\"averageQueue\":4.2,\"throughput\":1510,\"stops\":0.8}]")))
  public Stored submit(InputStream body) {
    JsonStructure parsed = Json.createReader(body).read();
    List<JsonValue> rows =
        parsed instanceof JsonArray array ? new ArrayList<>(array) : List.of(parsed);
    return new Stored(metrics.submit(rows));
  }

  /** One point of a metric series: means over the bucket. */
  public record Point(
      String intervalStart,
      String controllerType,
      int intervals,
      double averageWait,
      Double averageQueue,
      Double throughput,
      Double stops,
      String modelVersion) {}

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Path("{intersectionId}")
  @Operation(
      summary = "Metric time series of an intersection",
      description =
          "from/to (ISO-8601), resolution raw|15m|1h|1d (bucket means, UTC), controllerType.")
  public Map<String, Object> series(
      @PathParam("intersectionId") String intersectionId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("resolution") @DefaultValue("raw") String resolution,
      @QueryParam("controllerType") String controllerType) {
    intersections.require(intersectionId);
    int bucket = bucketSeconds(resolution);
    List<FieldMetric> rows =
        metrics.series(intersectionId, time("from", from), time("to", to), controllerType);
    Map<String, List<FieldMetric>> grouped = new TreeMap<>();
    for (FieldMetric m : rows) {
      long start = m.key().intervalStart().toEpochSecond();
      long b = bucket == 0 ? start : Math.floorDiv(start, bucket) * bucket;
      String key =
          OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(b), ZoneOffset.UTC)
              + "|"
              + m.key().controllerType();
      grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Point> points = new ArrayList<>();
    grouped.forEach((key, ms) -> points.add(point(key, ms)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("intersectionId", intersectionId);
    answer.put("resolution", resolution);
    answer.put("points", points);
    return answer;
  }

  private static Point point(String key, List<FieldMetric> ms) {
    String[] parts = key.split("\\|");
    return new Point(
        parts[0],
        parts[1],
        ms.size(),
        round(ms.stream().mapToDouble(FieldMetric::averageWait).average().orElse(0)),
        mean(ms.stream().map(FieldMetric::averageQueue).toList()),
        mean(ms.stream().map(FieldMetric::throughput).toList()),
        mean(ms.stream().map(FieldMetric::stops).toList()),
        ms.get(ms.size() - 1).modelVersion());
  }

  private static Double mean(List<Double> values) {
    var present = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).average();
    return present.isPresent() ? round(present.getAsDouble()) : null;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  static int bucketSeconds(String resolution) {
    return switch (resolution == null ? "raw" : resolution) {
      case "raw" -> 0;
      case "15m" -> 900;
      case "1h" -> 3600;
      case "1d" -> 86400;
      default ->
          throw ProblemException.invalidField("resolution", "must be one of raw, 15m, 1h, 1d");
    };
  }

  static OffsetDateTime time(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, "must be an ISO-8601 date-time with offset");
    }
  }
}
