package io.greenwave.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and verifies Greenwave's access tokens: JWTs signed HMAC-SHA256 (RFC 7519, RFC 8725) with
 * subject, roles, issuer, audience, issue and expiry times and a unique id. Verification accepts
 * only HS256 with one of the configured secrets (the current one, and the previous one while a
 * rotation is under way), the right issuer and audience, and an unexpired token; anything else is
 * simply not a token. Plain Java, so that it is tested without a server.
 */
public final class SignedTokens {
  /** The claim holding the caller's roles. */
  public static final String ROLES = "roles";

  private static final int CLOCK_SKEW_SECONDS = 30;

  private final List<byte[]> secrets;
  private final String issuer;
  private final String audience;
  private final Duration lifetime;
  private final Clock clock;

  /**
   * @param secrets the signing secret first, then secrets still accepted for verification; each at
   *     least 32 bytes
   */
  public SignedTokens(
      List<byte[]> secrets, String issuer, String audience, Duration lifetime, Clock clock) {
    if (secrets.isEmpty() || secrets.stream().anyMatch(s -> s.length < 32)) {
      throw new IllegalArgumentException("HS256 secrets must be at least 32 bytes");
    }
    this.secrets = List.copyOf(secrets);
    this.issuer = issuer;
    this.audience = audience;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** A token and its lifetime, as the token endpoint returns them. */
  public record Issued(String token, long expiresInSeconds) {}

  /** Signs a token for the subject with the given roles. */
  public Issued issue(String subject, Set<String> roles) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .issuer(issuer)
            .audience(audience)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .claim(ROLES, List.copyOf(roles))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(secrets.get(0)));
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
    return new Issued(jwt.serialize(), lifetime.toSeconds());
  }

  /** The verified claims, or empty when the token is not one Greenwave issued and still valid. */
  public Optional<JWTClaimsSet> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !signedWithKnownSecret(jwt)) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      claimsVerifier().verify(claims, null);
      return Optional.of(claims);
    } catch (ParseException | BadJWTException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private boolean signedWithKnownSecret(SignedJWT jwt) {
    for (byte[] secret : secrets) {
      try {
        if (jwt.verify(new MACVerifier(secret))) {
          return true;
        }
      } catch (JOSEException e) {
        return false;
      }
    }
    return false;
  }

  private DefaultJWTClaimsVerifier<com.nimbusds.jose.proc.SecurityContext> claimsVerifier() {
    DefaultJWTClaimsVerifier<com.nimbusds.jose.proc.SecurityContext> verifier =
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            new HashSet<>(List.of("sub", "iat", "exp", "jti"))) {
          @Override
          protected Date currentTime() {
            return Date.from(clock.instant());
          }
        };
    verifier.setMaxClockSkew(CLOCK_SKEW_SECONDS);
    return verifier;
  }
}
