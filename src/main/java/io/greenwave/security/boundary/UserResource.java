package io.greenwave.security.boundary;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.control.UserDirectory;
import io.greenwave.security.entity.Roles;
import io.greenwave.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Console users, administered by admins. Passwords go in, never out. */
@Path("users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class UserResource {
  @Inject UserDirectory users;
  @Context UriInfo uriInfo;

  /** A user as the API shows it. */
  @JsonbPropertyOrder({"username", "roles", "enabled", "createdAt", "updatedAt"})
  public record UserView(
      String username,
      Set<String> roles,
      boolean enabled,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt) {
    static UserView of(UserAccount u) {
      return new UserView(u.username(), u.roles(), u.enabled(), u.createdAt(), u.updatedAt());
    }
  }

  /** A new user. */
  public record NewUser(String username, String password, List<String> roles) {}

  /** New roles of a user. */
  public record RoleChange(List<String> roles) {}

  /** A new password, set by an admin. */
  public record PasswordReset(String password) {}

  @GET
  @Operation(summary = "List users")
  public List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a user (password 12-128 characters; roles admin/operator/viewer/device)")
  public Response create(NewUser body) {
    NewUser user = Bodies.required(body);
    UserAccount created =
        users.create(user.username(), user.password(), Roles.parse(user.roles(), "roles"));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.username()).build())
        .entity(UserView.of(created))
        .build();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "Read a user")
  public UserView read(@PathParam("username") String username) {
    return UserView.of(users.require(username));
  }

  @PUT
  @Path("{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a user's roles; takes effect on the user's next request")
  public UserView changeRoles(@PathParam("username") String username, RoleChange body) {
    return UserView.of(
        users.changeRoles(username, Roles.parse(Bodies.required(body).roles(), "roles")));
  }

  @PUT
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reset a user's password")
  public Response resetPassword(@PathParam("username") String username, PasswordReset body) {
    users.resetPassword(username, Bodies.required(body).password());
    return Response.noContent().build();
  }

  @POST
  @Path("{username}/disable")
  @Operation(summary = "Disable a user: sign-in and existing tokens stop working at once")
  public UserView disable(@PathParam("username") String username) {
    return UserView.of(users.setEnabled(username, false));
  }

  @POST
  @Path("{username}/enable")
  @Operation(summary = "Enable a user again")
  public UserView enable(@PathParam("username") String username) {
    return UserView.of(users.setEnabled(username, true));
  }

  /** Request bodies that must be present. */
  static final class Bodies {
    private Bodies() {}

    static <T> T required(T body) {
      if (body == null) {
        throw ProblemException.invalidField("body", "a JSON object is required");
      }
      return body;
    }
  }
}
