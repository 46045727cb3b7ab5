package io.greenwave.security.control;

import com.nimbusds.jwt.JWTClaimsSet;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.ApiKey;
import io.greenwave.security.entity.Caller;
import io.greenwave.security.entity.CallersChanged;
import io.greenwave.security.entity.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Turns presented credentials (a password, an API key or a token) into a {@link Caller}. Tokens are
 * re-checked against the current user or key, so that disabling a user, revoking a key or changing
 * roles takes effect at once on the node where it happened and within the re-check interval ({@code
 * greenwave.security.caller-recheck-millis}, 2 s) on the others, not when the token expires.
 */
@ApplicationScoped
public class CallerAuthentication {
  /** Enough for every field controller of a large city with room to spare; a few MB at most. */
  private static final int RECENT_CAPACITY = 50_000;

  /** Hash checked for unknown users, at the same cost, so that timing does not tell them. */
  private volatile String decoy;

  @Inject UserDirectory users;
  @Inject ApiKeyRegistry keys;
  @Inject TokenKeys tokenKeys;
  @Inject LoginThrottle throttle;
  @Inject SecuritySettings settings;

  private RecentCallers recent;

  @PostConstruct
  void remember() {
    recent =
        new RecentCallers(settings.callerRecheck().toNanos(), RECENT_CAPACITY, System::nanoTime);
  }

  /**
   * @throws ProblemException 401 for any wrong username/password combination (one message for all,
   *     so that it does not tell which part was wrong), 429 while the username is locked out
   */
  public Caller byPassword(String username, String password) {
    throttle.checkAllowed(username);
    Optional<UserAccount> user = users.find(username);
    String stored = user.map(UserAccount::passwordHash).orElseGet(this::decoy);
    boolean matches = PasswordHashing.matches(password.toCharArray(), stored);
    if (user.isEmpty() || !matches || !user.get().enabled()) {
      throttle.failed(username);
      throw unauthorized("Wrong username or password, or the account is disabled");
    }
    throttle.succeeded(username);
    return callerOf(user.get());
  }

  /** The client of an active API key; empty for unknown, malformed or revoked keys. */
  public Optional<Caller> byApiKey(String presented) {
    return ApiKeySecrets.prefixOf(presented)
        .flatMap(keys::active)
        .filter(k -> ApiKeySecrets.matches(presented, k.keyHash()))
        .map(CallerAuthentication::callerOf);
  }

  /** The caller behind a valid token whose user or key is still active; empty otherwise. */
  public Optional<Caller> byToken(String token) {
    return tokenKeys.tokens().verify(token).map(JWTClaimsSet::getSubject).flatMap(this::current);
  }

  /** A token for the caller. */
  public SignedTokens.Issued tokenFor(Caller caller) {
    return tokenKeys.tokens().issue(caller.name(), caller.roles());
  }

  private String decoy() {
    if (decoy == null) {
      decoy = new PasswordHashing(settings.passwordIterations()).hash("decoy".toCharArray());
    }
    return decoy;
  }

  /** After the change is committed, so that no request re-reads the old state into memory. */
  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallersChanged changed) {
    recent.forgetAll();
  }

  private Optional<Caller> current(String subject) {
    return recent.get(subject, this::lookUp);
  }

  private Optional<Caller> lookUp(String subject) {
    if (subject.startsWith(Caller.KEY_PREFIX)) {
      return keys.active(subject.substring(Caller.KEY_PREFIX.length()))
          .map(CallerAuthentication::callerOf);
    }
    return users.find(subject).filter(UserAccount::enabled).map(CallerAuthentication::callerOf);
  }

  private static Caller callerOf(UserAccount user) {
    return new Caller(user.username(), user.roles(), null);
  }

  private static Caller callerOf(ApiKey key) {
    return new Caller(Caller.KEY_PREFIX + key.prefix(), key.roles(), key.rateLimit());
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "unauthorized", "Unauthorized", detail, List.of());
  }
}
