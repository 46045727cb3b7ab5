package io.greenwave.streaming.boundary;

import io.greenwave.security.control.CallerAuthentication;
import io.greenwave.security.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is behind a credential presented to a stream: the API's own tokens (JWT) or API keys, checked
 * by the security feature exactly as for {@code /api} requests. Every role may watch: viewers see
 * dashboards, devices and integrators follow their intersections.
 */
@ApplicationScoped
public class StreamAuthentication {
  @Inject CallerAuthentication callers;

  public Optional<Caller> caller(String credential) {
    if (credential == null || credential.isBlank()) {
      return Optional.empty();
    }
    String c = credential.trim();
    if (c.regionMatches(true, 0, "Bearer ", 0, 7)) {
      c = c.substring(7).trim();
    }
    Optional<Caller> byToken = callers.byToken(c);
    return byToken.isPresent() ? byToken : callers.byApiKey(c);
  }
}
