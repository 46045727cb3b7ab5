package io.greenwave.simulation.boundary;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.Roles;
import io.greenwave.simulation.control.SimulationRuns;
import io.greenwave.simulation.entity.SimulationJob;
import io.greenwave.simulation.entity.SimulationReport;
import io.greenwave.simulation.entity.SimulationRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Simulations of stored intersections or scenario files, comparing signal controllers. */
@Path("simulations")
@RolesAllowed({Roles.VIEWER, Roles.OPERATOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulations", description = "Compare signal controllers in the traffic simulator")
public class SimulationResource {
  @Inject SimulationRuns runs;
  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a simulation",
      description =
          "Runs each controller on the same vehicles (common random numbers) over the seeds and"
              + " compares them with the baseline. Returns 202 and the job; poll it, then read"
              + " its result (JSON or CSV).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "arterial, demand of its busiest hour",
                      value =
                          "{\"intersections\":[\"art-1\",\"art-2\",\"art-3\"],\"controllers\":[\"webster\",\"actuated\",\"max-pressure\",\"longest-queue-first\"],\"baseline\":\"webster\",\"seeds\":5}")))
  @APIResponse(responseCode = "202", description = "Queued; Location names the job")
  public Response start(SimulationRequest request) {
    SimulationJob job = runs.submit(request);
    return Response.accepted(job)
        .location(uriInfo.getAbsolutePathBuilder().path(job.getId()).build())
        .build();
  }

  @GET
  @Operation(summary = "Recent simulations on this node, newest first")
  public List<SimulationJob> recent() {
    return runs.recent();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A simulation job: status and progress")
  public SimulationJob job(@PathParam("id") String id) {
    return runs.require(id);
  }

  @GET
  @Path("{id}/result")
  @Operation(summary = "The comparison, once the job succeeded (409 before)")
  public SimulationReport result(@PathParam("id") String id) {
    return report(id);
  }

  @GET
  @Path("{id}/result")
  @Produces("text/csv")
  @Operation(summary = "The comparison as CSV: one row per controller and metric")
  public Response resultCsv(@PathParam("id") String id) {
    return Response.ok(ReportCsv.of(report(id)), "text/csv")
        .header("Content-Disposition", "attachment; filename=\"simulation-" + id + ".csv\"")
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Cancel a queued or running simulation")
  public Response cancel(@PathParam("id") String id) {
    SimulationJob job = runs.require(id);
    if (!job.requestCancel()) {
      throw ProblemException.conflict(
          "Simulation " + id + " has already ended (" + job.getStatus() + ")");
    }
    return Response.accepted(job).build();
  }

  private SimulationReport report(String id) {
    SimulationJob job = runs.require(id);
    if (job.getStatus() != SimulationJob.Status.SUCCEEDED) {
      throw ProblemException.conflict(
          "Simulation "
              + id
              + " has no result: it is "
              + job.getStatus().name().toLowerCase()
              + (job.getError() == null ? "" : " (" + job.getError() + ")"));
    }
    return job.report();
  }
}
