package io.greenwave.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only HS256 tokens that Greenwave signed, for its audience, unexpired, are accepted. */
class SignedTokensTest {
  static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef-test".getBytes(StandardCharsets.UTF_8);
  static final byte[] OTHER =
      "another-secret-another-secret-another".getBytes(StandardCharsets.UTF_8);
  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  static SignedTokens tokens(byte[]... secrets) {
    return new SignedTokens(
        List.of(secrets),
        "greenwave",
        "greenwave-api",
        Duration.ofHours(1),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static String sign(byte[] secret, JWSAlgorithm alg, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .subject("alice")
        .issuer("greenwave")
        .audience("greenwave-api")
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plusSeconds(600)))
        .jwtID("j1")
        .claim("roles", List.of("viewer"));
  }

  @Test
  void issuedTokenVerifiesWithSubjectRolesAndTimes() {
    SignedTokens.Issued issued = tokens(SECRET).issue("alice", Set.of("operator"));
    JWTClaimsSet claims = tokens(SECRET).verify(issued.token()).orElseThrow();
    assertEquals("alice", claims.getSubject());
    assertEquals(List.of("greenwave-api"), claims.getAudience());
    assertEquals("greenwave", claims.getIssuer());
    assertEquals(3600, issued.expiresInSeconds());
    assertEquals(NOW.plusSeconds(3600), claims.getExpirationTime().toInstant());
    assertTrue(claims.getClaim("roles").toString().contains("operator"));
  }

  @Test
  void wrongKeyIsRefused() throws Exception {
    assertTrue(tokens(SECRET).verify(sign(OTHER, JWSAlgorithm.HS256, claims().build())).isEmpty());
  }

  @Test
  void previousSecretStillVerifiesDuringRotation() {
    String old = tokens(OTHER).issue("bob", Set.of("viewer")).token();
    assertTrue(tokens(SECRET, OTHER).verify(old).isPresent());
    assertTrue(tokens(SECRET).verify(old).isEmpty());
  }

  @Test
  void otherHmacAlgorithmsAreRefused() throws Exception {
    byte[] long64 = new byte[64];
    System.arraycopy(SECRET, 0, long64, 0, SECRET.length);
    SignedTokens verifier = tokens(long64);
    assertTrue(verifier.verify(sign(long64, JWSAlgorithm.HS512, claims().build())).isEmpty());
    assertTrue(verifier.verify(sign(long64, JWSAlgorithm.HS384, claims().build())).isEmpty());
    assertTrue(verifier.verify(sign(long64, JWSAlgorithm.HS256, claims().build())).isPresent());
  }

  @Test
  void algNoneIsRefused() {
    String unsigned = new PlainJWT(claims().build()).serialize();
    assertTrue(tokens(SECRET).verify(unsigned).isEmpty());
    String[] parts = tokens(SECRET).issue("alice", Set.of("admin")).token().split("\\.");
    String noneHeader =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    assertTrue(tokens(SECRET).verify(noneHeader + "." + parts[1] + ".").isEmpty());
    assertTrue(tokens(SECRET).verify(noneHeader + "." + parts[1] + "." + parts[2]).isEmpty());
  }

  @Test
  void tamperedClaimIsRefused() {
    String[] parts = tokens(SECRET).issue("alice", Set.of("viewer")).token().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged = payload.replace("\"alice\"", "\"admin\"");
    String forgedPart =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(forged.getBytes(StandardCharsets.UTF_8));
    assertTrue(tokens(SECRET).verify(parts[0] + "." + forgedPart + "." + parts[2]).isEmpty());
  }

  @Test
  void expiredWrongAudienceWrongIssuerAndMissingClaimsAreRefused() throws Exception {
    SignedTokens t = tokens(SECRET);
    Date past = Date.from(NOW.minusSeconds(120));
    assertTrue(
        t.verify(sign(SECRET, JWSAlgorithm.HS256, claims().expirationTime(past).build()))
            .isEmpty());
    assertTrue(
        t.verify(sign(SECRET, JWSAlgorithm.HS256, claims().audience("other").build())).isEmpty());
    assertTrue(
        t.verify(sign(SECRET, JWSAlgorithm.HS256, claims().issuer("evil").build())).isEmpty());
    assertTrue(
        t.verify(sign(SECRET, JWSAlgorithm.HS256, claims().subject(null).build())).isEmpty());
    assertTrue(
        t.verify(sign(SECRET, JWSAlgorithm.HS256, claims().expirationTime(null).build()))
            .isEmpty());
  }

  @Test
  void garbageIsRefusedWithoutException() {
    for (String s : new String[] {"", "a.b.c", "....", "not a token", "eyJ.eyJ.x", "\u0000"}) {
      assertFalse(tokens(SECRET).verify(s).isPresent(), s);
    }
  }

  @Test
  void shortSecretsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> tokens("short".getBytes(StandardCharsets.UTF_8)));
  }
}
