package io.greenwave.ml.boundary;

import jakarta.ws.rs.core.SecurityContext;

/** Who is asking, for lineage and deployment history. */
final class Actors {
  private Actors() {}

  static String of(SecurityContext security) {
    return security == null || security.getUserPrincipal() == null
        ? "anonymous"
        : security.getUserPrincipal().getName();
  }
}
