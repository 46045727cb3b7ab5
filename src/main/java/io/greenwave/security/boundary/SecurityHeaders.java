package io.greenwave.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browser hardening headers on every response: no MIME sniffing, no framing by other sites
 * (clickjacking), no referrer leaking to other origins, HSTS over HTTPS, and a Content Security
 * Policy: the configured one for pages, a locked-down one for API answers (JSON needs nothing).
 */
final class SecurityHeaders {
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /**
   * @param pagePolicy the CSP for pages; null when the response is an API answer
   */
  static void apply(HttpServletRequest request, HttpServletResponse response, String pagePolicy) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Content-Security-Policy", pagePolicy == null ? API_POLICY : pagePolicy);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
