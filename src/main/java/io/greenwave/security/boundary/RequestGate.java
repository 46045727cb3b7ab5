package io.greenwave.security.boundary;

import io.greenwave.security.control.RateLimiter;
import io.greenwave.security.control.SecuritySettings;
import io.greenwave.security.entity.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gate every request passes after authentication and before any resource: security headers on
 * everything; then, for {@code /api}, CORS, the per-client rate limit (429 with {@code
 * Retry-After}; every answer carries {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and
 * {@code X-RateLimit-Reset}) and the request body size limit (413). One filter, so that the order
 * of these steps is fixed.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGate extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(RequestGate.class.getName());

  @Inject SecuritySettings settings;
  @Inject RateLimiter rateLimiter;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = TokenAuthenticationMechanism.isApi(request);
    SecurityHeaders.apply(request, response, api ? null : settings.contentSecurityPolicy());
    if (!api) {
      chain.doFilter(request, response);
      return;
    }
    CrossOrigin cors = new CrossOrigin(settings.corsAllowedOrigins());
    if (cors.answerPreflight(request, response) || !withinRateLimit(request, response)) {
      return;
    }
    HttpServletRequest bounded = BodySizeLimit.apply(request, response, settings.maxBodyBytes());
    if (bounded != null) {
      chain.doFilter(bounded, response);
    }
  }

  private boolean withinRateLimit(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
    RateLimiter.Decision decision;
    try {
      decision = rateLimiter.take(caller, request.getRemoteAddr());
    } catch (RuntimeException gridUnavailable) {
      // the limit protects capacity, it does not decide who may do what: serve rather than fail
      LOG.log(
          Level.WARNING, "Rate limit not applied: the shared bucket store failed", gridUnavailable);
      return true;
    }
    response.setHeader("X-RateLimit-Limit", Long.toString(decision.limit()));
    response.setHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
    response.setHeader("X-RateLimit-Reset", Long.toString(decision.resetSeconds()));
    if (decision.allowed()) {
      return true;
    }
    response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
    HttpProblems.write(
        request,
        response,
        429,
        "rate-limited",
        "Too many requests",
        "Limit of "
            + decision.limit()
            + " requests per period reached; retry in "
            + decision.retryAfterSeconds()
            + " s");
    return false;
  }
}
