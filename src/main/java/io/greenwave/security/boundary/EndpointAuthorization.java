package io.greenwave.security.boundary;

import io.greenwave.platform.entity.Problem;
import io.greenwave.security.entity.Caller;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Set;

/**
 * Makes {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on JAX-RS resources binding,
 * with the answers an API client needs: 401 (with {@code WWW-Authenticate: Bearer}) when no
 * credentials were sent, 403 when the caller lacks the role. The method's annotation wins over the
 * class's. A resource method with neither is for admins only, so that an endpoint somebody forgot
 * to annotate is closed, not open. {@code admin} passes every role check.
 */
@Provider
public class EndpointAuthorization implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Set<String> roles = rolesFor(resource);
    if (roles != null) {
      // before the runtime's own @RolesAllowed filter, so that clients get Greenwave's answers
      context.register(new RoleCheck(roles), Priorities.AUTHORIZATION - 10);
    }
  }

  /**
   * @return the roles that may call, empty for nobody, null for everybody
   */
  static Set<String> rolesFor(ResourceInfo resource) {
    Set<String> onMethod = rolesOn(resource.getResourceMethod());
    if (onMethod != null || declaresAccess(resource.getResourceMethod())) {
      return onMethod;
    }
    Set<String> onClass = rolesOn(resource.getResourceClass());
    if (onClass != null || declaresAccess(resource.getResourceClass())) {
      return onClass;
    }
    return Set.of(Roles.ADMIN);
  }

  private static boolean declaresAccess(AnnotatedElement element) {
    return element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(DenyAll.class)
        || element.isAnnotationPresent(RolesAllowed.class);
  }

  private static Set<String> rolesOn(AnnotatedElement element) {
    if (element.isAnnotationPresent(DenyAll.class)) {
      return Set.of();
    }
    RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
    return allowed == null ? null : Set.of(allowed.value());
  }

  /** The check registered on one resource method. */
  static final class RoleCheck implements ContainerRequestFilter {
    private final Set<String> roles;

    RoleCheck(Set<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Caller caller = (Caller) request.getProperty(Caller.ATTRIBUTE);
      if (caller == null) {
        request.abortWith(
            problem(401, "unauthorized", "Unauthorized", "This endpoint needs a token or API key")
                .header("WWW-Authenticate", "Bearer realm=\"greenwave\"")
                .build());
      } else if (!caller.hasAnyRole(roles)) {
        request.abortWith(
            problem(
                    403,
                    "forbidden",
                    "Forbidden",
                    "'" + caller.name() + "' lacks the role for this endpoint; one of " + roles)
                .build());
      }
    }

    private static Response.ResponseBuilder problem(
        int status, String type, String title, String detail) {
      return Response.status(status)
          .type(Problem.MEDIA_TYPE)
          .entity(new Problem(Problem.TYPE_BASE + type, title, status, detail, null, List.of()));
    }
  }
}
