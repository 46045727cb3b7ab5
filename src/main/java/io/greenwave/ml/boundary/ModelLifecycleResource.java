package io.greenwave.ml.boundary;

import io.greenwave.ml.control.Deployments;
import io.greenwave.ml.control.DriftWatch;
import io.greenwave.ml.control.JobStore;
import io.greenwave.ml.control.ModelComparisons;
import io.greenwave.ml.control.ModelRegistry;
import io.greenwave.ml.control.ShadowLog;
import io.greenwave.ml.control.TrainingJobs;
import io.greenwave.ml.entity.ActiveModel;
import io.greenwave.ml.entity.IdempotencyKey;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.ml.entity.TrainingJob;
import io.greenwave.ml.entity.TrainingRequest;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The life of a model: training jobs (start, watch, cancel, restart), the registry (versions with
 * lineage, status per intersection), deploy behind the gate, rollback, shadow mode.
 */
@Path("ml")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ML models", description = "Training, registry, deploy, rollback, shadow")
public class ModelLifecycleResource {
  @Inject TrainingJobs jobs;
  @Inject JobStore store;
  @Inject ModelRegistry registry;
  @Inject Deployments deployments;
  @Inject DriftWatch drift;
  @Inject ShadowLog shadowLog;
  @Inject ModelComparisons comparisons;
  @Inject IntersectionRepository intersections;
  @Context UriInfo uriInfo;
  @Context SecurityContext security;

  @RolesAllowed({Roles.OPERATOR})
  @POST
  @Path("train")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start training a forecaster or a policy for an intersection",
      description =
          "202 with the job; it runs when no other job of the same intersection and kind runs. Poll"
              + " the job (or watch the stream) for progress. With an Idempotency-Key header, a"
              + " repeat of the request (to any node) answers 200 with the job the first one made;"
              + " the same key with a different body is refused with 422.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "forecaster",
                    value =
                        "{\"intersectionId\":\"iso-1\",\"kind\":\"forecaster\",\"algorithm\":\"RANDOM_FOREST\",\"hyperparameters\":{\"numTrees\":\"30\"},\"horizon\":4}"),
                @ExampleObject(
                    name = "policy",
                    value =
                        "{\"intersectionId\":\"iso-1\",\"kind\":\"policy\",\"algorithm\":\"POLICY_SEARCH\",\"hyperparameters\":{\"episodes\":800},\"seed\":7}")
              }))
  public Response train(
      TrainingRequest request,
      @Parameter(
              description =
                  "Your name for this request (e.g. a UUID, at most 200 visible ASCII characters):"
                      + " repeating it finds the job the first request made")
          @HeaderParam(IdempotencyKey.HEADER)
          String idempotencyKey) {
    IdempotencyKey key = IdempotencyKey.ofHeader(idempotencyKey);
    TrainingJobs.Submission submitted = jobs.submit(request, Actors.of(security), key);
    TrainingJob job = submitted.job();
    return Response.status(submitted.repeated() ? Response.Status.OK : Response.Status.ACCEPTED)
        .entity(Views.job(job))
        .location(uriInfo.getBaseUriBuilder().path("ml/jobs").path(job.id()).build())
        .build();
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR})
  @GET
  @Path("jobs")
  @Operation(summary = "Recent training jobs, newest first, optionally of one intersection")
  public List<Views.JobView> jobs(@QueryParam("intersectionId") String intersectionId) {
    List<TrainingJob> found =
        intersectionId == null ? store.recent(100) : store.ofIntersection(intersectionId);
    return found.stream().map(Views::job).toList();
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR})
  @GET
  @Path("jobs/{id}")
  @Operation(summary = "A training job: status, progress, phase, current metric, learning curve")
  public Views.JobView job(@PathParam("id") String id) {
    return Views.job(store.require(id));
  }

  @RolesAllowed({Roles.OPERATOR})
  @DELETE
  @Path("jobs/{id}")
  @Operation(summary = "Cancel a queued or running job (409 once it ended)")
  public Views.JobView cancel(@PathParam("id") String id) {
    return Views.job(store.requestCancel(id));
  }

  @RolesAllowed({Roles.OPERATOR})
  @POST
  @Path("jobs/{id}/restart")
  @Operation(summary = "Queue a new job with the settings of an ended one (e.g. interrupted)")
  public Response restart(@PathParam("id") String id) {
    TrainingJob job = jobs.restart(id, Actors.of(security));
    return Response.accepted(Views.job(job))
        .location(uriInfo.getBaseUriBuilder().path("ml/jobs").path(job.id()).build())
        .build();
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Path("status/{intersectionId}")
  @Operation(
      summary = "Active and candidate models, shadow, recent deployments, jobs and drift state")
  public Map<String, Object> status(@PathParam("intersectionId") String intersectionId) {
    intersections.require(intersectionId);
    List<ModelVersion> versions = registry.versions(intersectionId);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("intersectionId", intersectionId);
    for (ModelKind kind : ModelKind.values()) {
      Optional<ActiveModel> slot = registry.slot(intersectionId, kind);
      String activeId = slot.map(ActiveModel::modelId).orElse(null);
      String shadowId = slot.map(ActiveModel::shadowModelId).orElse(null);
      Map<String, Object> k = new LinkedHashMap<>();
      k.put(
          "active",
          versions.stream()
              .filter(v -> v.id().equals(activeId))
              .findFirst()
              .map(v -> Views.model(v, true, false))
              .orElse(null));
      k.put(
          "candidates",
          versions.stream()
              .filter(v -> v.kind() == kind && !v.id().equals(activeId))
              .limit(10)
              .map(v -> Views.model(v, false, v.id().equals(shadowId)))
              .toList());
      if (shadowId != null) {
        k.put("shadow", shadowLog.of(intersectionId, shadowId));
      }
      k.put(
          "deployments",
          registry.history(intersectionId, kind).stream()
              .limit(10)
              .map(Views::deployment)
              .toList());
      if (kind == ModelKind.FORECASTER && activeId != null) {
        k.put("drift", drift.forecaster(registry.require(activeId)));
      }
      status.put(kind.label(), k);
    }
    status.put(
        "jobs",
        store.ofIntersection(intersectionId).stream()
            .filter(j -> !j.status().ended())
            .map(Views::job)
            .toList());
    return status;
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR})
  @GET
  @Path("models")
  @Operation(summary = "All versions of an intersection's models, newest first per kind")
  public List<Views.ModelView> models(@QueryParam("intersectionId") String intersectionId) {
    if (intersectionId == null || intersectionId.isBlank()) {
      throw io.greenwave.platform.entity.ProblemException.invalidField(
          "intersectionId", "is required");
    }
    intersections.require(intersectionId);
    Map<ModelKind, String> active = new LinkedHashMap<>();
    Map<ModelKind, String> shadow = new LinkedHashMap<>();
    for (ModelKind kind : ModelKind.values()) {
      registry
          .slot(intersectionId, kind)
          .ifPresent(
              s -> {
                active.put(kind, s.modelId());
                shadow.put(kind, s.shadowModelId());
              });
    }
    return registry.versions(intersectionId).stream()
        .map(
            v ->
                Views.model(
                    v, v.id().equals(active.get(v.kind())), v.id().equals(shadow.get(v.kind()))))
        .toList();
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR})
  @GET
  @Path("models/{modelId}")
  @Operation(summary = "One model version with its full lineage")
  public Views.ModelView model(@PathParam("modelId") String modelId) {
    ModelVersion v = registry.require(modelId);
    Optional<ActiveModel> slot = registry.slot(v.intersectionId(), v.kind());
    return Views.model(
        v,
        slot.map(s -> modelId.equals(s.modelId())).orElse(false),
        slot.map(s -> modelId.equals(s.shadowModelId())).orElse(false));
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR})
  @GET
  @Path("compare/{intersectionId}")
  @Operation(
      summary = "Two versions of one kind side by side",
      description =
          "a and b are model version ids of the intersection. Metrics of both with B − A and which"
              + " is better, settings and lineage with differences marked, the deploy gate's"
              + " verdict if B replaced A, and chart data of both on the same data (forecasters:"
              + " a replay over the last day of the newer data window; policies: the held-out"
              + " evaluation beside the classic controllers). 400 naming a or b when missing,"
              + " equal, of another intersection or another kind; 404 naming it when unknown.")
  public ModelComparisons.Comparison compare(
      @PathParam("intersectionId") String intersectionId,
      @QueryParam("a") String a,
      @QueryParam("b") String b) {
    intersections.require(intersectionId);
    return comparisons.compare(intersectionId, a, b);
  }

  @RolesAllowed({Roles.OPERATOR})
  @POST
  @Path("deploy/{modelId}")
  @Operation(
      summary = "Activate a model version (gated)",
      description =
          "Refused with 409 and the gate's reasons when the version evaluates worse than the active"
              + " one or than its baselines (policies: fixed-time, actuated, max-pressure;"
              + " forecasters: seasonal-naive), unless force=true (audited).")
  public Map<String, Object> deploy(
      @PathParam("modelId") String modelId,
      @QueryParam("force") @DefaultValue("false") boolean force) {
    if (force && (security == null || !security.isUserInRole(Roles.ADMIN))) {
      throw new io.greenwave.platform.entity.ProblemException(
          403,
          "forbidden",
          "Forbidden",
          "Only an admin may override the deploy gate (force=true)",
          List.of(io.greenwave.platform.entity.FieldError.of("force", "admin only")));
    }
    ModelRegistry.DeployOutcome outcome = deployments.deploy(modelId, force, Actors.of(security));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("deployment", Views.deployment(outcome.deployment()));
    answer.put("gate", outcome.verdict());
    return answer;
  }

  @RolesAllowed({Roles.OPERATOR})
  @POST
  @Path("rollback/{intersectionId}")
  @Operation(
      summary = "Return to the previously active version",
      description =
          "kind=policy (default) or forecaster. Repeated rollbacks walk back the deployment history.")
  public Views.DeploymentView rollback(
      @PathParam("intersectionId") String intersectionId,
      @QueryParam("kind") @DefaultValue("policy") String kind) {
    intersections.require(intersectionId);
    var entry =
        deployments.rollback(intersectionId, ModelKind.parse(kind, "kind"), Actors.of(security));
    return Views.deployment(entry);
  }

  @RolesAllowed({Roles.OPERATOR})
  @POST
  @Path("models/{modelId}/shadow")
  @Operation(
      summary = "Run a candidate beside the active version (enabled=false to stop)",
      description = "Its decisions are computed and compared with the served ones, never served.")
  public Views.ModelView shadow(
      @PathParam("modelId") String modelId,
      @QueryParam("enabled") @DefaultValue("true") boolean enabled) {
    deployments.shadow(modelId, enabled);
    return model(modelId);
  }
}
