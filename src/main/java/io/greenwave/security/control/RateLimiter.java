package io.greenwave.security.control;

import io.github.bucket4j.ConsumptionProbe;
import io.greenwave.security.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Takes one request from a client's cluster-wide bucket and says what the client is told. */
@ApplicationScoped
public class RateLimiter {
  @Inject ClusterBuckets buckets;
  @Inject SecuritySettings settings;

  /**
   * The answer for one request: allowed or not, the limit, what remains, seconds until the bucket
   * is full again, and (when refused) seconds until the next request may pass.
   */
  public record Decision(
      boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}

  /** One request of an authenticated caller, or of an anonymous address when caller is null. */
  public Decision take(Caller caller, String address) {
    RateLimitPolicy policy = settings.rateLimits();
    long limit = caller == null ? policy.anonymousLimit() : policy.limitFor(caller);
    String key =
        "rate:" + (caller == null ? policy.bucketForAddress(address) : policy.bucketFor(caller));
    ConsumptionProbe probe =
        buckets.bucket(key, limit, policy.period()).tryConsumeAndReturnRemaining(1);
    return new Decision(
        probe.isConsumed(),
        limit,
        probe.getRemainingTokens(),
        seconds(probe.getNanosToWaitForReset()),
        probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
  }

  static long seconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
