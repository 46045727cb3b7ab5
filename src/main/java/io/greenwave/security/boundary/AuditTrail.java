package io.greenwave.security.boundary;

import io.greenwave.security.control.AuditLog;
import io.greenwave.security.entity.AuditEntry;
import io.greenwave.security.entity.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every state-changing API request (anything but GET, HEAD and OPTIONS) with its outcome,
 * including refused ones, so that resources need no audit code of their own. A resource may add a
 * short detail (e.g. the prefix of a created key) through the request property {@link #DETAIL}; the
 * token endpoint names the client that tried through {@link #ACTOR}. Bodies are never recorded:
 * they may hold passwords and keys.
 */
@Provider
@Priority(Priorities.USER)
public class AuditTrail implements ContainerResponseFilter {
  /** Request property: a short description of what was done, for the audit entry. */
  public static final String DETAIL = "io.greenwave.security.audit.detail";

  /** Request property: who tried, when the request is not authenticated (token endpoint). */
  public static final String ACTOR = "io.greenwave.security.audit.actor";

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject AuditLog log;
  @Context HttpServletRequest servletRequest;
  @Context jakarta.ws.rs.container.ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (SAFE.contains(request.getMethod()) || notAudited()) {
      return;
    }
    AuditEntry entry =
        new AuditEntry(
            OffsetDateTime.now(ZoneOffset.UTC),
            actorOf(request),
            request.getMethod(),
            request.getUriInfo().getRequestUri().getRawPath(),
            response.getStatus(),
            servletRequest == null ? null : servletRequest.getRemoteAddr(),
            (String) request.getProperty(DETAIL));
    try {
      log.record(entry);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not write the audit entry for " + entry.getTarget(), e);
    }
  }

  private boolean notAudited() {
    return resource != null
        && ((resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(NotAudited.class))
            || (resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(NotAudited.class)));
  }

  private static String actorOf(ContainerRequestContext request) {
    Caller caller = (Caller) request.getProperty(Caller.ATTRIBUTE);
    if (caller != null) {
      return caller.name();
    }
    Object tried = request.getProperty(ACTOR);
    return tried == null ? "anonymous" : "anonymous(" + tried + ")";
  }
}
