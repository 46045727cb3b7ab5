package io.greenwave.security.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * An authenticated client as the rest of Greenwave sees it: its name ({@code alice} for a user,
 * {@code key:<prefix>} for an API key), its roles, and its own rate limit where an admin set one
 * (null: the role or default limit applies).
 */
public record Caller(String name, Set<String> roles, Integer rateLimit) implements Serializable {
  /** The servlet request attribute under which the authentication mechanism leaves the caller. */
  public static final String ATTRIBUTE = "io.greenwave.security.caller";

  /** Prefix of the names of API-key clients. */
  public static final String KEY_PREFIX = "key:";

  public Caller {
    roles = Set.copyOf(roles);
  }

  /** The roles the caller acts in: an admin may do everything, so it holds every role. */
  public Set<String> effectiveRoles() {
    return roles.contains(Roles.ADMIN) ? Set.copyOf(Roles.ALL) : roles;
  }

  public boolean hasAnyRole(Set<String> wanted) {
    return roles.contains(Roles.ADMIN) || wanted.stream().anyMatch(roles::contains);
  }
}
