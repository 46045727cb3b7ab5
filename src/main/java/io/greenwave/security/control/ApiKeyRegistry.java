package io.greenwave.security.control;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.ApiKey;
import io.greenwave.security.entity.Caller;
import io.greenwave.security.entity.CallersChanged;
import io.greenwave.security.entity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API keys of machine clients: created by an admin (the key is returned once and never again),
 * listed by prefix, revoked with immediate effect (every request checks the key, or the key behind
 * a token, against this table), and given their own rate limit. Keys never carry the admin role:
 * administration is done by people, who are accountable by name.
 */
@ApplicationScoped
@Transactional
public class ApiKeyRegistry {
  @Inject Event<CallersChanged> changed;

  static final Set<String> KEY_ROLES = Set.of(Roles.DEVICE, Roles.VIEWER, Roles.OPERATOR);
  static final int MAX_RATE_LIMIT = 1_000_000;

  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  /** A created key with the secret to hand over once. */
  public record Created(ApiKey record, String key) {}

  public Created create(String name, Set<String> roles, Integer rateLimit, String createdBy) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw ProblemException.invalidField("name", "is required, at most 100 characters");
    }
    if (!KEY_ROLES.containsAll(roles)) {
      throw ProblemException.invalidField("roles", "API keys may have roles " + KEY_ROLES);
    }
    checkRateLimit(rateLimit);
    ApiKeySecrets.NewKey generated = ApiKeySecrets.generate();
    ApiKey key =
        new ApiKey(
            generated.prefix(),
            name.trim(),
            ApiKeySecrets.hash(generated.key()),
            roles,
            rateLimit,
            createdBy);
    em.persist(key);
    return new Created(key, generated.key());
  }

  public List<ApiKey> all() {
    return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
  }

  public ApiKey require(String prefix) {
    return Optional.ofNullable(prefix)
        .map(p -> em.find(ApiKey.class, p))
        .orElseThrow(() -> ProblemException.notFound("API key", prefix));
  }

  /** The key with this prefix if it exists and is not revoked. */
  public Optional<ApiKey> active(String prefix) {
    return Optional.ofNullable(em.find(ApiKey.class, prefix)).filter(ApiKey::active);
  }

  public ApiKey revoke(String prefix, String by) {
    ApiKey key = require(prefix);
    key.revoke(by);
    changed.fire(new CallersChanged(Caller.KEY_PREFIX + prefix));
    return key;
  }

  public ApiKey changeRateLimit(String prefix, Integer rateLimit) {
    checkRateLimit(rateLimit);
    ApiKey key = require(prefix);
    key.changeRateLimit(rateLimit);
    changed.fire(new CallersChanged(Caller.KEY_PREFIX + prefix));
    return key;
  }

  private static void checkRateLimit(Integer rateLimit) {
    if (rateLimit != null && (rateLimit < 1 || rateLimit > MAX_RATE_LIMIT)) {
      throw ProblemException.invalidField(
          "rateLimit", "requests per period, 1 to " + MAX_RATE_LIMIT + ", or absent");
    }
  }
}
