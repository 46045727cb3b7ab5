package io.greenwave.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of API keys: {@code gw_<prefix>_<secret>}, where the prefix (8 lowercase hex
 * characters) is the public handle and the secret is 32 random bytes in base64url. Only the SHA-256
 * of the whole key is stored.
 */
public final class ApiKeySecrets {
  private static final Pattern SHAPE = Pattern.compile("gw_([0-9a-f]{8})_([A-Za-z0-9_-]{43})");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeySecrets() {}

  /** A new key with its prefix. */
  public record NewKey(String prefix, String key) {}

  public static NewKey generate() {
    byte[] id = new byte[4];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(id);
    RANDOM.nextBytes(secret);
    String prefix = HexFormat.of().formatHex(id);
    String encoded = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new NewKey(prefix, "gw_" + prefix + "_" + encoded);
  }

  /** The prefix of a well-formed key; empty for anything else. */
  public static Optional<String> prefixOf(String key) {
    if (key == null) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(key);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Hex SHA-256 of the key, the stored form. */
  public static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  /** Constant-time comparison of a presented key with a stored hash. */
  public static boolean matches(String key, String storedHash) {
    return MessageDigest.isEqual(
        hash(key).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
