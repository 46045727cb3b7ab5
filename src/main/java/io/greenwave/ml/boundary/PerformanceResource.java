package io.greenwave.ml.boundary;

import io.greenwave.ml.control.FieldMetrics;
import io.greenwave.ml.control.ModelRegistry;
import io.greenwave.ml.control.PerformanceAnalysis;
import io.greenwave.ml.entity.FieldMetric;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Performance reports from field metrics: before and after a deployment, or one controller type
 * against another, with confidence intervals, Welch's p-value, level of service and fuel and CO2
 * estimates.
 */
@Path("ml/performance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ML performance")
@RolesAllowed({Roles.VIEWER, Roles.OPERATOR})
public class PerformanceResource {
  @Inject FieldMetrics metrics;
  @Inject ModelRegistry registry;
  @Inject IntersectionRepository intersections;

  @GET
  @Path("{intersectionId}")
  @Operation(
      summary = "Performance summary with statistics",
      description =
          "compare=deployment (default): metrics before vs after 'at' (default: the latest policy"
              + " deployment). compare=controllers: controller type 'a' (baseline, e.g. fixed-time)"
              + " vs 'b' (e.g. greenwave). Average wait is the compared measure (s/veh).")
  public Map<String, Object> performance(
      @PathParam("intersectionId") String intersectionId,
      @QueryParam("compare") @DefaultValue("deployment") String compare,
      @QueryParam("at") String at,
      @QueryParam("a") String a,
      @QueryParam("b") String b,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    intersections.require(intersectionId);
    List<FieldMetric> rows =
        metrics.series(
            intersectionId,
            FieldMetricsResource.time("from", from),
            FieldMetricsResource.time("to", to),
            null);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("intersectionId", intersectionId);
    answer.put("measure", "averageWait (s/veh)");
    PerformanceAnalysis.Result result;
    if ("controllers".equals(compare)) {
      if (a == null || b == null) {
        throw ProblemException.invalidField(
            a == null ? "a" : "b", "name the controller types to compare");
      }
      answer.put("comparison", "controllers");
      result =
          analyse(
              a,
              rows,
              m -> m.key().controllerType().equals(a),
              b,
              m -> m.key().controllerType().equals(b));
    } else if ("deployment".equals(compare)) {
      OffsetDateTime split =
          at == null ? latestDeployment(intersectionId) : FieldMetricsResource.time("at", at);
      answer.put("comparison", "before-after");
      answer.put("at", split.toString());
      result =
          analyse(
              "before",
              rows,
              m -> m.key().intervalStart().isBefore(split),
              "after",
              m -> !m.key().intervalStart().isBefore(split));
    } else {
      throw ProblemException.invalidField("compare", "must be 'deployment' or 'controllers'");
    }
    answer.put("a", result.a());
    answer.put("b", result.b());
    answer.put("change", result.change());
    answer.put("savings", result.savings());
    return answer;
  }

  private static PerformanceAnalysis.Result analyse(
      String labelA,
      List<FieldMetric> rows,
      Predicate<FieldMetric> inA,
      String labelB,
      Predicate<FieldMetric> inB) {
    List<FieldMetric> groupA = rows.stream().filter(inA).toList();
    List<FieldMetric> groupB = rows.stream().filter(inB).toList();
    if (groupA.isEmpty() || groupB.isEmpty()) {
      throw ProblemException.conflict(
          "Not enough field metrics to compare: "
              + groupA.size()
              + " intervals for "
              + labelA
              + ", "
              + groupB.size()
              + " for "
              + labelB);
    }
    return PerformanceAnalysis.compare(
        labelA, waits(groupA), vehicles(groupA), labelB, waits(groupB), vehicles(groupB));
  }

  private static double[] waits(List<FieldMetric> rows) {
    return rows.stream().mapToDouble(FieldMetric::averageWait).toArray();
  }

  /** Vehicles served per interval: throughput (veh/h) over the interval length. */
  private static double[] vehicles(List<FieldMetric> rows) {
    return rows.stream()
        .mapToDouble(
            m -> m.throughput() == null ? 0 : m.throughput() * m.intervalSeconds() / 3600.0)
        .toArray();
  }

  private OffsetDateTime latestDeployment(String intersectionId) {
    List<ModelDeployment> history = registry.history(intersectionId, ModelKind.POLICY);
    if (history.isEmpty()) {
      throw ProblemException.invalidField(
          "at", "the intersection has no policy deployment; give 'at' or compare=controllers");
    }
    return history.get(0).at();
  }
}
