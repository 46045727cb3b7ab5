package io.greenwave.network.boundary;

import io.greenwave.network.control.LinkRepository;
import io.greenwave.network.entity.Link;
import io.greenwave.network.entity.LinkDefinition;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Links between intersections (corridors, grids). */
@Path("links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class LinkResource {
  @Inject LinkRepository links;
  @Context UriInfo uriInfo;

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Operation(summary = "List all links")
  public List<LinkDefinition> list() {
    return links.all().stream().map(LinkRepository::toDefinition).toList();
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Path("{id}")
  @Operation(summary = "Read one link")
  public LinkDefinition read(@PathParam("id") long id) {
    return LinkRepository.toDefinition(links.require(id));
  }

  @RolesAllowed(Roles.OPERATOR)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link two intersections")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "300 m eastbound",
                      value =
                          "{\"from\":\"art-1\",\"exitSide\":\"E\",\"to\":\"art-2\",\"toApproach\":\"W\",\"lengthMetres\":300,\"speedKmh\":50}")))
  public Response create(LinkDefinition definition) {
    Link link = links.create(definition);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(link.id().toString()).build())
        .entity(LinkRepository.toDefinition(link))
        .build();
  }

  @RolesAllowed(Roles.OPERATOR)
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a link's sides, length or speed (send the version you read)")
  public LinkDefinition update(@PathParam("id") long id, LinkDefinition definition) {
    if (definition == null || definition.version() == null) {
      throw ProblemException.invalidField("version", "is required on update");
    }
    return LinkRepository.toDefinition(links.update(id, definition, definition.version()));
  }

  @RolesAllowed(Roles.OPERATOR)
  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a link")
  public Response delete(@PathParam("id") long id) {
    links.delete(id);
    return Response.noContent().build();
  }
}
