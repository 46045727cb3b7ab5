package io.greenwave.ml.boundary;

import io.greenwave.ml.control.PerformanceReports;
import io.greenwave.ml.control.PerformanceReports.Report;
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
import java.util.LinkedHashMap;
import java.util.Map;
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
  @Inject PerformanceReports reports;

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
    var start = FieldMetricsResource.time("from", from);
    var end = FieldMetricsResource.time("to", to);
    Report report =
        switch (compare) {
          case "controllers" -> reports.controllers(intersectionId, a, b, start, end);
          case "deployment" ->
              reports.beforeAfter(intersectionId, FieldMetricsResource.time("at", at), start, end);
          default ->
              throw ProblemException.invalidField(
                  "compare", "must be 'deployment' or 'controllers'");
        };
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("intersectionId", intersectionId);
    answer.put("measure", "averageWait (s/veh)");
    answer.put("comparison", report.comparison());
    if (report.at() != null) {
      answer.put("at", report.at().toString());
    }
    answer.put("a", report.result().a());
    answer.put("b", report.result().b());
    answer.put("change", report.result().change());
    answer.put("savings", report.result().savings());
    return answer;
  }
}
