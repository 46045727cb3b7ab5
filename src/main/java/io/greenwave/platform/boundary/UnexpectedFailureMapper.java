package io.greenwave.platform.boundary;

import io.greenwave.platform.entity.ProblemException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: unwraps container wrappers (EJB, transaction) to find a known cause, answers
 * optimistic-lock failures with 409, and everything else with a 500 that carries an incident id but
 * never a stack trace. The trace goes to the log under the same id.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Context UriInfo uriInfo;
  @Context Providers providers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(Throwable e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return ProblemResponses.of(
            409,
            "stale-update",
            "Conflict",
            "The resource was changed by someone else; reload it and apply your change again",
            uriInfo);
      }
      if (t instanceof ProblemException
          || t instanceof WebApplicationException
          || t instanceof ConstraintViolationException
          || t instanceof ProcessingException
          || t instanceof JsonbException
          || t instanceof JsonException) {
        ExceptionMapper mapper = providers.getExceptionMapper(t.getClass());
        if (mapper != null && mapper != this) {
          return mapper.toResponse(t);
        }
      }
    }
    if (e instanceof OptimisticLockException) {
      return ProblemResponses.of(
          409, "stale-update", "Conflict", "The resource was changed by someone else", uriInfo);
    }
    return unexpected(e, uriInfo);
  }

  /** A 500 with an incident id; the stack trace goes to the log only. */
  Response unexpected(Throwable e, UriInfo uriInfo) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
    return ProblemResponses.of(
        500,
        "internal",
        "Internal error",
        "Greenwave could not complete the request; incident " + incident + " is in the server log",
        uriInfo);
  }
}
