package io.greenwave.platform.boundary;

import io.greenwave.platform.entity.ProblemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers Greenwave's own refusals (validation, not found, conflicts) as problem details. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProblemException e) {
    return ProblemResponses.of(
        e.status(), e.type(), e.title(), e.getMessage(), e.errors(), uriInfo);
  }
}
