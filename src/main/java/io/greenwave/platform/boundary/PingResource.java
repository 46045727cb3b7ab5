package io.greenwave.platform.boundary;

import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest authenticated call: lets an integrator check its credentials and clock, and gives
 * benchmarks the baseline cost of a JSON request through the same filters as every other call.
 */
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System")
@RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
public class PingResource {
  @Context SecurityContext security;

  /** Who the server thinks the caller is, and the server's time. */
  public record Pong(String status, String caller, OffsetDateTime time) {}

  @GET
  @Operation(summary = "Check credentials and the server clock")
  public Pong ping() {
    String caller =
        security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    return new Pong("ok", caller, OffsetDateTime.now(ZoneOffset.UTC));
  }
}
