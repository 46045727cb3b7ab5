package io.greenwave.platform.boundary;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the JAX-RS runtime's own HTTP errors (unknown path 404, wrong method 405, wrong media type
 * 415, not acceptable 406, bad parameters 400/404) into problem details with a plain explanation.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String detail =
        switch (status) {
          case 404 -> "No resource at this path";
          case 405 ->
              "This method is not allowed here; allowed: "
                  + String.join(", ", e.getResponse().getAllowedMethods());
          case 406 -> "None of the accepted media types can be produced here";
          case 415 ->
              "Unsupported media type; send application/json"
                  + (uriInfo != null && uriInfo.getPath().endsWith("readings")
                      ? " or text/csv"
                      : "");
          default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
    Response problem =
        ProblemResponses.of(
            status,
            typeOf(status),
            e.getResponse().getStatusInfo().getReasonPhrase(),
            detail,
            uriInfo);
    if (e instanceof NotAllowedException) {
      return Response.fromResponse(problem)
          .header(HttpHeaders.ALLOW, String.join(", ", e.getResponse().getAllowedMethods()))
          .build();
    }
    return problem;
  }

  private static String typeOf(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 415 -> "unsupported-media-type";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      default -> "http-" + status;
    };
  }
}
