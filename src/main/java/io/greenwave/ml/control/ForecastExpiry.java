package io.greenwave.ml.control;

import java.io.Serializable;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;

/**
 * Forecasts are cached for one minute: long enough that a busy interval's predictions share one
 * forecast, short enough that readings arriving late are taken into account. (Payara's {@code
 * NamedCache.expiryPolicyFactoryClass} instantiates this class as the policy itself, not as a
 * factory, despite the attribute's name.)
 */
public class ForecastExpiry implements ExpiryPolicy, Serializable {
  private static final long serialVersionUID = 1L;

  @Override
  public Duration getExpiryForCreation() {
    return Duration.ONE_MINUTE;
  }

  @Override
  public Duration getExpiryForAccess() {
    return null;
  }

  @Override
  public Duration getExpiryForUpdate() {
    return Duration.ONE_MINUTE;
  }
}
