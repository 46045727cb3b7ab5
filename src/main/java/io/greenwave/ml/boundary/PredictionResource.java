package io.greenwave.ml.boundary;

import io.greenwave.ml.control.BatchPredictions;
import io.greenwave.ml.control.Predictions;
import io.greenwave.ml.entity.BatchRequest;
import io.greenwave.ml.entity.Prediction;
import io.greenwave.ml.entity.PredictionRequest;
import io.greenwave.security.boundary.NotAudited;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Real-time signal decisions and demand forecasts for field controllers. */
@Path("ml/predict")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ML predictions", description = "Next signal decision and demand forecast")
@RolesAllowed({Roles.DEVICE, Roles.OPERATOR, Roles.VIEWER})
@NotAudited
public class PredictionResource {
  @Inject Predictions predictions;
  @Inject BatchPredictions batch;

  @POST
  @Operation(
      summary = "The next signal decision and the demand forecast for an intersection's state",
      description =
          "Phases are indexed from 0 in the intersection's order. The answer always respects the"
              + " timing limits; with no active policy, or if it fails, a classic rule answers and"
              + " 'fallback' says so.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "iso-1, NS through green for 12 s",
                      value =
                          "{\"intersectionId\":\"iso-1\",\"timestamp\":\"2026-11-27T08:00:00Z\",\"currentPhase\":1,\"timeInPhase\":12,"
                              + "\"laneGroups\":[{\"id\":\"N_T\",\"queue\":3,\"arrivals\":4},{\"id\":\"E_T\",\"queue\":9,\"arrivals\":2},{\"id\":\"W_T\",\"queue\":7,\"arrivals\":3}]}")))
  public Prediction predict(PredictionRequest request) {
    return predictions.predict(request);
  }

  @POST
  @Path("batch")
  @Operation(
      summary = "Many states at once, or forecasts against actuals over a historical window",
      description =
          "{\"states\":[…]} answers up to 10,000 states; {\"intersectionId\",\"from\",\"to\"}"
              + " replays the active forecaster next to the actual readings, with MAE, RMSE, WAPE"
              + " and interval coverage.")
  public Object batch(BatchRequest request) {
    return batch.answer(request);
  }
}
