package io.greenwave.security.control;

import io.greenwave.platform.entity.ProblemException;
import java.util.List;

/** A sign-in refused because of too many wrong passwords: 429 with the seconds to wait. */
public class LoginThrottled extends ProblemException {
  private final long retryAfterSeconds;

  public LoginThrottled(long retryAfterSeconds) {
    super(
        429,
        "login-throttled",
        "Too many failed sign-ins",
        "Too many wrong passwords for this user; try again in " + retryAfterSeconds + " s",
        List.of());
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
