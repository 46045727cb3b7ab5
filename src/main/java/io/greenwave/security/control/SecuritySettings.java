package io.greenwave.security.control;

import io.greenwave.security.entity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every {@code greenwave.security.*} configuration key in one place, read through MicroProfile
 * Config (system properties and environment variables such as {@code
 * GREENWAVE_SECURITY_TOKEN_SECRET} work). docs/security.md lists them.
 */
@ApplicationScoped
public class SecuritySettings {
  static final String PREFIX = "greenwave.security.";

  private final Config config = ConfigProvider.getConfig();

  private <T> T get(String key, Class<T> type, T fallback) {
    return config.getOptionalValue(PREFIX + key, type).orElse(fallback);
  }

  /** Production mode: a strong configured token secret is required and no secret is printed. */
  public boolean production() {
    return get("production", Boolean.class, false);
  }

  public Optional<String> tokenSecret() {
    return config.getOptionalValue(PREFIX + "token-secret", String.class).filter(s -> !s.isBlank());
  }

  /** A secret still accepted for verification during a rotation. */
  public Optional<String> previousTokenSecret() {
    return config
        .getOptionalValue(PREFIX + "token-secret-previous", String.class)
        .filter(s -> !s.isBlank());
  }

  public String tokenIssuer() {
    return get("token-issuer", String.class, "greenwave");
  }

  public String tokenAudience() {
    return get("token-audience", String.class, "greenwave-api");
  }

  public Duration tokenLifetime() {
    return Duration.ofMinutes(get("token-lifetime-minutes", Integer.class, 60));
  }

  public Optional<String> adminPassword() {
    return config
        .getOptionalValue(PREFIX + "admin-password", String.class)
        .filter(s -> !s.isBlank());
  }

  /** How long a token's user or key, once looked up, is trusted without a new lookup. */
  public Duration callerRecheck() {
    return Duration.ofMillis(get("caller-recheck-millis", Long.class, 2000L));
  }

  public int passwordIterations() {
    return get("password-iterations", Integer.class, 600_000);
  }

  public int loginMaxFailures() {
    return get("login.max-failures", Integer.class, 5);
  }

  public Duration loginLockout() {
    return Duration.ofSeconds(get("login.lockout-seconds", Integer.class, 300));
  }

  public long maxBodyBytes() {
    return get("max-body-bytes", Long.class, 4L * 1024 * 1024);
  }

  public List<String> corsAllowedOrigins() {
    return Arrays.stream(get("cors.allowed-origins", String.class, "").split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public String contentSecurityPolicy() {
    return get(
        "content-security-policy",
        String.class,
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:;"
            + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  }

  /** The rate-limit policy as configured now. */
  public RateLimitPolicy rateLimits() {
    int fallback = get("rate-limit.default", Integer.class, 100);
    Map<String, Integer> perRole = new HashMap<>();
    for (String role : Roles.ALL) {
      config
          .getOptionalValue(PREFIX + "rate-limit.role." + role, Integer.class)
          .ifPresent(limit -> perRole.put(role, limit));
    }
    return new RateLimitPolicy(
        fallback,
        get("rate-limit.anonymous", Integer.class, fallback),
        perRole,
        Duration.ofSeconds(get("rate-limit.period-seconds", Integer.class, 60)));
  }
}
