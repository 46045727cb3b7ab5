package io.greenwave.security.boundary;

import io.greenwave.platform.entity.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Problem details written at the servlet level, before JAX-RS sees the request (bad tokens, rate
 * limits, body size), so that these answers look exactly like every other Greenwave error.
 */
final class HttpProblems {
  private static final Jsonb JSONB = JsonbBuilder.create();

  private HttpProblems() {}

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String type,
      String title,
      String detail)
      throws IOException {
    Problem problem =
        new Problem(
            Problem.TYPE_BASE + type, title, status, detail, request.getRequestURI(), List.of());
    byte[] body = JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
