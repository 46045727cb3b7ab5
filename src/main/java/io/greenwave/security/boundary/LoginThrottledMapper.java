package io.greenwave.security.boundary;

import io.greenwave.platform.entity.Problem;
import io.greenwave.security.control.LoginThrottled;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 429 for a locked-out username, with {@code Retry-After} like every other 429 of Greenwave. */
@Provider
public class LoginThrottledMapper implements ExceptionMapper<LoginThrottled> {
  @Override
  public Response toResponse(LoginThrottled e) {
    Problem problem =
        new Problem(
            Problem.TYPE_BASE + e.type(),
            e.title(),
            429,
            e.getMessage(),
            "/api/auth/token",
            List.of());
    return Response.status(429)
        .type(Problem.MEDIA_TYPE)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .entity(problem)
        .build();
  }
}
