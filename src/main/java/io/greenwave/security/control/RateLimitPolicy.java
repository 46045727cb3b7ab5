package io.greenwave.security.control;

import io.greenwave.security.entity.Caller;
import java.time.Duration;
import java.util.Map;

/**
 * How many requests a client may make per period: an API key's own limit when an admin set one;
 * otherwise the most generous limit configured for any of the caller's roles; otherwise the
 * default. Anonymous clients (keyed by address) get the anonymous limit.
 */
public record RateLimitPolicy(
    int defaultLimit, int anonymousLimit, Map<String, Integer> roleLimits, Duration period) {

  public RateLimitPolicy {
    roleLimits = Map.copyOf(roleLimits);
  }

  /** The limit for an authenticated caller. */
  public int limitFor(Caller caller) {
    if (caller.rateLimit() != null) {
      return caller.rateLimit();
    }
    return caller.roles().stream()
        .map(roleLimits::get)
        .filter(java.util.Objects::nonNull)
        .max(Integer::compare)
        .orElse(defaultLimit);
  }

  /** The bucket a caller draws from; the limit is part of it so that a changed limit applies. */
  public String bucketFor(Caller caller) {
    return caller.name() + "|" + limitFor(caller) + "|" + period.toSeconds();
  }

  /** The bucket of an anonymous client. */
  public String bucketForAddress(String address) {
    return "ip:" + address + "|" + anonymousLimit + "|" + period.toSeconds();
  }
}
