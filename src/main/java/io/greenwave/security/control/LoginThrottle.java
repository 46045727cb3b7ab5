package io.greenwave.security.control;

import io.github.bucket4j.distributed.BucketProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Slows password guessing: after {@code login.max-failures} wrong passwords for one username, that
 * username cannot sign in (even with the right password) until the lockout period has passed. Kept
 * in the cluster-wide buckets, so that guessing on several nodes does not help.
 */
@ApplicationScoped
public class LoginThrottle {
  @Inject ClusterBuckets buckets;
  @Inject SecuritySettings settings;

  /**
   * @throws LoginThrottled while the username is locked out
   */
  public void checkAllowed(String username) {
    BucketProxy bucket = bucketOf(username);
    if (bucket.getAvailableTokens() < 1) {
      long wait = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
      throw new LoginThrottled(Math.max(1, RateLimiter.seconds(wait)));
    }
  }

  public void failed(String username) {
    bucketOf(username).tryConsume(1);
  }

  public void succeeded(String username) {
    bucketOf(username).reset();
  }

  private BucketProxy bucketOf(String username) {
    String key = "login:" + String.valueOf(username).toLowerCase(Locale.ROOT);
    return buckets.bucket(key, settings.loginMaxFailures(), settings.loginLockout());
  }
}
