package io.greenwave.ml.entity;

import io.greenwave.platform.entity.ProblemException;

/**
 * A client's name for one request ({@code Idempotency-Key} header): sending the same request again
 * with the same key, to any node, finds what the first one made instead of doing it twice. Keys are
 * the client's to choose (a UUID is typical); they are compared exactly and are unique per
 * requester.
 *
 * @param value 1 to 200 visible ASCII characters (spaces inside allowed)
 */
public record IdempotencyKey(String value) {
  /** The request header that carries the key. */
  public static final String HEADER = "Idempotency-Key";

  public static final int MAX_LENGTH = 200;

  public IdempotencyKey {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalidField(HEADER, "must not be empty when present");
    }
    if (value.length() > MAX_LENGTH) {
      throw ProblemException.invalidField(HEADER, "must be at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw ProblemException.invalidField(
            HEADER, "must be visible ASCII characters (e.g. a UUID)");
      }
    }
  }

  /** The key of a request, or null when it has no such header. */
  public static IdempotencyKey ofHeader(String header) {
    return header == null ? null : new IdempotencyKey(header.strip());
  }
}
