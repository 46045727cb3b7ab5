package io.greenwave.security.entity;

import io.greenwave.platform.entity.ProblemException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The four roles of Greenwave. {@code viewer} reads; {@code operator} also edits intersections and
 * trains, deploys and rolls back models; {@code device} (field controllers, city systems) submits
 * readings and metrics and asks for predictions; {@code admin} may do everything, including users,
 * keys and the audit trail. Constants, so that {@code @RolesAllowed} can name them.
 */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String OPERATOR = "operator";
  public static final String VIEWER = "viewer";
  public static final String DEVICE = "device";

  /** Every role, in a stable order. */
  public static final List<String> ALL = List.of(ADMIN, OPERATOR, VIEWER, DEVICE);

  private Roles() {}

  /**
   * Checks and normalises a set of role names given by a client.
   *
   * @param field the request field named in the problem if a role is unknown
   * @throws ProblemException 400 naming the field when empty or unknown
   */
  public static Set<String> parse(Collection<String> roles, String field) {
    if (roles == null || roles.isEmpty()) {
      throw ProblemException.invalidField(field, "must name at least one of " + ALL);
    }
    Set<String> result = new TreeSet<>();
    for (String role : roles) {
      if (role == null || !ALL.contains(role)) {
        throw ProblemException.invalidField(field, "unknown role '" + role + "'; one of " + ALL);
      }
      result.add(role);
    }
    return result;
  }

  /** Stored form: comma-separated, sorted. */
  public static String join(Set<String> roles) {
    return String.join(",", new TreeSet<>(roles));
  }

  /** Reads the stored form. */
  public static Set<String> split(String stored) {
    return Arrays.stream(stored.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
