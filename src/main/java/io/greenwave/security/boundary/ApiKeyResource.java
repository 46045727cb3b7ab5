package io.greenwave.security.boundary;

import io.greenwave.security.control.ApiKeyRegistry;
import io.greenwave.security.entity.ApiKey;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API keys of machine clients, administered by admins. The key is in the answer to its creation and
 * nowhere else, ever; afterwards it is known by its prefix.
 */
@Path("keys")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class ApiKeyResource {
  @Inject ApiKeyRegistry keys;
  @Context UriInfo uriInfo;
  @Context SecurityContext security;
  @Context ContainerRequestContext request;

  /** A key as listed: never the key itself. */
  @JsonbPropertyOrder({
    "prefix",
    "name",
    "roles",
    "rateLimit",
    "createdBy",
    "createdAt",
    "revokedBy",
    "revokedAt"
  })
  public record KeyView(
      String prefix,
      String name,
      Set<String> roles,
      Integer rateLimit,
      String createdBy,
      OffsetDateTime createdAt,
      String revokedBy,
      OffsetDateTime revokedAt) {
    static KeyView of(ApiKey k) {
      return new KeyView(
          k.prefix(),
          k.name(),
          k.roles(),
          k.rateLimit(),
          k.createdBy(),
          k.createdAt(),
          k.revokedBy(),
          k.revokedAt());
    }
  }

  /** The answer to a creation: the record and, this once, the key. */
  @JsonbPropertyOrder({"key", "apiKey"})
  public record CreatedKey(String key, KeyView apiKey) {}

  /** A new key: a name, roles (default device) and an optional own rate limit. */
  public record NewKey(String name, List<String> roles, Integer rateLimit) {}

  /** A changed rate limit; null returns the key to its role's limit. */
  public record RateLimitChange(Integer rateLimit) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an API key; the key is shown in this answer only",
      description =
          "roles: device (default), viewer or operator. rateLimit: requests per period for this key.")
  public Response create(NewKey body) {
    NewKey asked = UserResource.Bodies.required(body);
    List<String> roles = asked.roles() == null ? List.of(Roles.DEVICE) : asked.roles();
    ApiKeyRegistry.Created created =
        keys.create(
            asked.name(),
            Roles.parse(roles, "roles"),
            asked.rateLimit(),
            security.getUserPrincipal().getName());
    request.setProperty(AuditTrail.DETAIL, "created key " + created.record().prefix());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(created.record().prefix()).build())
        .entity(new CreatedKey(created.key(), KeyView.of(created.record())))
        .build();
  }

  @GET
  @Operation(summary = "List keys by prefix, revoked ones included")
  public List<KeyView> list() {
    return keys.all().stream().map(KeyView::of).toList();
  }

  @GET
  @Path("{prefix}")
  @Operation(summary = "Read one key's record")
  public KeyView read(@PathParam("prefix") String prefix) {
    return KeyView.of(keys.require(prefix));
  }

  @PUT
  @Path("{prefix}/rate-limit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a key's own rate limit (null: the role's limit)")
  public KeyView changeRateLimit(@PathParam("prefix") String prefix, RateLimitChange body) {
    return KeyView.of(keys.changeRateLimit(prefix, UserResource.Bodies.required(body).rateLimit()));
  }

  @DELETE
  @Path("{prefix}")
  @Operation(summary = "Revoke a key: it and every token issued for it stop working at once")
  public KeyView revoke(@PathParam("prefix") String prefix) {
    request.setProperty(AuditTrail.DETAIL, "revoked key " + prefix);
    return KeyView.of(keys.revoke(prefix, security.getUserPrincipal().getName()));
  }
}
