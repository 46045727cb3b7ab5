package io.greenwave.operations.control;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one request: the caller's {@code X-Request-Id} when it is a sensible token (so that a
 * load balancer's or client's id follows the request through the logs), a fresh one otherwise. A
 * caller-supplied value is never trusted blindly: it ends up in log lines and response headers.
 */
public final class RequestIds {
  /** The header that carries the id in both directions. */
  public static final String HEADER = "X-Request-Id";

  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestIds() {}

  /** The caller's id if acceptable, else a new random one. */
  public static String acceptOrCreate(String offered) {
    if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
      return offered;
    }
    return UUID.randomUUID().toString();
  }

  /** Binds the id to the current thread, so that log records written on it carry the id. */
  public static void bind(String requestId) {
    CURRENT.set(requestId);
  }

  /** The id of the request the current thread is serving, or null. */
  public static String current() {
    return CURRENT.get();
  }

  /** Unbinds the id: pooled threads must not carry it into the next request. */
  public static void unbind() {
    CURRENT.remove();
  }
}
