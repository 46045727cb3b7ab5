package io.greenwave.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * CORS for browser clients on other origins: only origins on the configured allow-list ({@code
 * greenwave.security.cors.allowed-origins}, exact matches, {@code *} for any) are told they may
 * read answers; preflights from other origins get 403. Credentials travel in headers, never
 * cookies, so {@code Access-Control-Allow-Credentials} is not sent.
 */
final class CrossOrigin {
  static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-API-Key, If-Match";
  static final String EXPOSED_HEADERS =
      "Location, ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset";

  private final List<String> allowedOrigins;

  CrossOrigin(List<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins;
  }

  boolean allows(String origin) {
    return origin != null && (allowedOrigins.contains("*") || allowedOrigins.contains(origin));
  }

  /**
   * Adds the CORS headers for an allowed origin and answers a preflight.
   *
   * @return true when the request was a preflight and has been answered
   */
  boolean answerPreflight(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String origin = request.getHeader("Origin");
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && origin != null
            && request.getHeader("Access-Control-Request-Method") != null;
    if (origin != null) {
      response.addHeader("Vary", "Origin");
    }
    if (!allows(origin)) {
      if (preflight) {
        HttpProblems.write(
            request, response, 403, "cors-origin", "Forbidden", "Origin not allowed: " + origin);
      }
      return preflight;
    }
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    if (preflight) {
      response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
      response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      response.setHeader("Access-Control-Max-Age", "600");
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
    return preflight;
  }
}
