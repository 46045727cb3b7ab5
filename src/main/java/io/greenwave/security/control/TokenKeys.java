package io.greenwave.security.control;

import io.greenwave.platform.control.InstallationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the token secret comes from. Configured ({@code greenwave.security.token-secret}, at least
 * 32 bytes) it is used as is. In development, without one, Greenwave generates a random secret once
 * and keeps it in the database ({@code installation_state}, key {@code security.token-secret}), so
 * tokens survive restarts and every node of a cluster signs alike. Production mode refuses to start
 * without a configured secret.
 */
@ApplicationScoped
public class TokenKeys {
  private static final Logger LOG = Logger.getLogger(TokenKeys.class.getName());
  static final String STATE_KEY = "security.token-secret";
  static final int MIN_BYTES = 32;

  @Inject SecuritySettings settings;
  @Inject InstallationState state;

  private volatile SignedTokens tokens;

  /** Resolves the secrets; called once at start-up by {@link SecurityBootstrap}. */
  public void load() {
    List<byte[]> secrets = new ArrayList<>();
    secrets.add(currentSecret());
    settings.previousTokenSecret().map(TokenKeys::checked).ifPresent(secrets::add);
    tokens =
        new SignedTokens(
            secrets,
            settings.tokenIssuer(),
            settings.tokenAudience(),
            settings.tokenLifetime(),
            Clock.systemUTC());
  }

  /** The issuer and verifier of tokens. */
  public SignedTokens tokens() {
    if (tokens == null) {
      load();
    }
    return tokens;
  }

  private byte[] currentSecret() {
    Optional<String> configured = settings.tokenSecret();
    if (configured.isPresent()) {
      return checked(configured.get());
    }
    if (settings.production()) {
      throw new IllegalStateException(
          "Production mode needs greenwave.security.token-secret (at least 32 bytes of random"
              + " text, e.g. `openssl rand -base64 48`); Greenwave will not start without it");
    }
    return storedOrGenerated().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] checked(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_BYTES) {
      throw new IllegalStateException(
          "greenwave.security.token-secret is too weak: "
              + bytes.length
              + " bytes, at least "
              + MIN_BYTES
              + " are required for HS256");
    }
    return bytes;
  }

  private String storedOrGenerated() {
    Optional<String> stored = state.get(STATE_KEY);
    if (stored.isPresent()) {
      return stored.get();
    }
    byte[] random = new byte[48];
    new SecureRandom().nextBytes(random);
    String generated = Base64.getEncoder().encodeToString(random);
    try {
      state.put(STATE_KEY, generated);
      LOG.warning(
          "No greenwave.security.token-secret configured: generated one and stored it in the"
              + " database (installation_state). Configure your own secret for production.");
      return generated;
    } catch (RuntimeException raceWithAnotherNode) {
      return state.get(STATE_KEY).orElseThrow(() -> raceWithAnotherNode);
    }
  }
}
