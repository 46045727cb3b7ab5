package io.greenwave.network.boundary;

import io.greenwave.network.control.IntersectionMapping;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.control.LinkRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.network.entity.LinkDefinition;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The intersections of the road network: create, read, list, update and delete. */
@Path("intersections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network", description = "Intersections, lane groups, phases, timing limits and links")
public class IntersectionResource {
  static final String EXAMPLE =
      """
      {"id":"main-1st","name":"Main St & 1st Ave","location":{"latitude":47.3769,"longitude":8.5417},
       "timing":{"minGreen":5,"maxGreen":60,"yellow":3,"allRed":2,"cycleMin":30,"cycleMax":150},
       "laneGroups":[
        {"id":"N_T","approach":"N","movements":["THROUGH","RIGHT"],"lanes":2,"saturationFlow":1800},
        {"id":"S_T","approach":"S","movements":["THROUGH","RIGHT"],"lanes":2},
        {"id":"E_T","approach":"E","movements":["THROUGH","RIGHT","LEFT"],"lanes":1},
        {"id":"W_T","approach":"W","movements":["THROUGH","RIGHT","LEFT"],"lanes":1}],
       "phases":[{"name":"NS","laneGroups":["N_T","S_T"]},{"name":"EW","laneGroups":["E_T","W_T"]}]}
      """;

  @Inject IntersectionRepository intersections;
  @Inject LinkRepository links;
  @Context UriInfo uriInfo;

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Operation(summary = "List all intersections, ordered by id")
  public List<IntersectionDefinition> list() {
    return intersections.all().stream().map(IntersectionMapping::toDefinition).toList();
  }

  @RolesAllowed(Roles.OPERATOR)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an intersection")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "4-leg, 2-phase", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created; Location names it")
  @APIResponse(responseCode = "400", description = "Invalid definition, each field named")
  @APIResponse(responseCode = "409", description = "The id is taken")
  public Response create(IntersectionDefinition definition) {
    Intersection created = intersections.create(definition);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
        .tag(etag(created))
        .entity(IntersectionMapping.toDefinition(created))
        .build();
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Path("{id}")
  @Operation(summary = "Read one intersection; its ETag is its version")
  @APIResponse(responseCode = "404", description = "No such intersection")
  public Response read(@PathParam("id") String id) {
    Intersection intersection = intersections.require(id);
    return Response.ok(IntersectionMapping.toDefinition(intersection))
        .tag(etag(intersection))
        .build();
  }

  @RolesAllowed(Roles.OPERATOR)
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace an intersection's definition",
      description =
          "Send the version you read, in the body's 'version' or as If-Match; a stale version gets 409.")
  @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
  @APIResponse(responseCode = "428", description = "No version given")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      IntersectionDefinition definition) {
    long expected = expectedVersion(ifMatch, definition);
    Intersection updated = intersections.update(id, definition, expected);
    return Response.ok(IntersectionMapping.toDefinition(updated)).tag(etag(updated)).build();
  }

  @RolesAllowed(Roles.OPERATOR)
  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete an intersection",
      description = "Refused with 409 while it has detector readings, unless force=true.")
  public Response delete(
      @PathParam("id") String id, @QueryParam("force") @DefaultValue("false") boolean force) {
    intersections.delete(id, force);
    return Response.noContent().build();
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Path("{id}/links")
  @Operation(summary = "Links that start or end at this intersection")
  public List<LinkDefinition> links(@PathParam("id") String id) {
    intersections.require(id);
    return links.touching(id).stream().map(LinkRepository::toDefinition).toList();
  }

  private static EntityTag etag(Intersection intersection) {
    return new EntityTag(Long.toString(intersection.version()));
  }

  private static long expectedVersion(String ifMatch, IntersectionDefinition definition) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String value = ifMatch.trim().replace("W/", "").replace("\"", "");
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw ProblemException.invalidField("If-Match", "must be the ETag of the version you read");
      }
    }
    if (definition != null && definition.version() != null) {
      return definition.version();
    }
    throw new ProblemException(
        428,
        "version-required",
        "Precondition required",
        "Send the version you read (body field 'version' or If-Match) so that a concurrent change is not overwritten",
        List.of(FieldError.of("version", "is required on update")));
  }
}
