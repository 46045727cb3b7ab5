package io.greenwave.platform.boundary;

import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds {@code application/problem+json} responses; the only way errors leave the API. */
final class ProblemResponses {
  private ProblemResponses() {}

  static Response of(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      UriInfo uriInfo) {
    String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    Problem problem =
        new Problem(Problem.TYPE_BASE + type, title, status, detail, instance, errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  static Response of(int status, String type, String title, String detail, UriInfo uriInfo) {
    return of(status, type, title, detail, List.of(), uriInfo);
  }
}
