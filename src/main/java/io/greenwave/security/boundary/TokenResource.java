package io.greenwave.security.boundary;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.control.CallerAuthentication;
import io.greenwave.security.control.SignedTokens;
import io.greenwave.security.entity.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Exchanges a username and password, or an API key, for an access token. */
@Path("auth/token")
@PermitAll
@Tag(name = "Security", description = "Tokens, users, API keys and the audit trail")
public class TokenResource {
  @Inject CallerAuthentication authentication;
  @Context ContainerRequestContext request;

  /** What a client sends: either username and password, or an API key. */
  public record TokenRequest(String username, String password, String apiKey) {}

  /** The token, in the shape of an OAuth 2.0 token response (RFC 6749 §5.1). */
  @JsonbPropertyOrder({"accessToken", "tokenType", "expiresIn", "subject", "roles"})
  public record TokenResponse(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("token_type") String tokenType,
      @JsonbProperty("expires_in") long expiresIn,
      String subject,
      Set<String> roles) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Get an access token (HS256 JWT, default lifetime 1 h)",
      description =
          "Send {username,password} or {apiKey}. Use the token as 'Authorization: Bearer <token>'."
              + " Wrong credentials: 401. Too many wrong passwords for a user: 429.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "user",
                    value = "{\"username\":\"alice\",\"password\":\"correct horse battery\"}"),
                @ExampleObject(name = "API key", value = "{\"apiKey\":\"gw_1a2b3c4d_...\"}")
              }))
  @APIResponse(responseCode = "200", description = "The token")
  @APIResponse(responseCode = "401", description = "Wrong credentials")
  @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this user")
  public TokenResponse token(TokenRequest body) {
    Caller caller = authenticate(body);
    SignedTokens.Issued issued = authentication.tokenFor(caller);
    return new TokenResponse(
        issued.token(), "Bearer", issued.expiresInSeconds(), caller.name(), caller.roles());
  }

  private Caller authenticate(TokenRequest body) {
    if (body == null) {
      throw ProblemException.invalidField("body", "send {username,password} or {apiKey}");
    }
    if (body.apiKey() != null) {
      request.setProperty(AuditTrail.ACTOR, "api key");
      return authentication
          .byApiKey(body.apiKey())
          .orElseThrow(() -> CallerAuthentication.unauthorized("Unknown or revoked API key"));
    }
    if (body.username() == null || body.username().isBlank()) {
      throw ProblemException.badRequest(
          "send {username,password} or {apiKey}",
          List.of(
              io.greenwave.platform.entity.FieldError.of("username", "is required"),
              io.greenwave.platform.entity.FieldError.of("apiKey", "or this")));
    }
    if (body.password() == null) {
      throw ProblemException.invalidField("password", "is required");
    }
    request.setProperty(AuditTrail.ACTOR, clip(body.username()));
    return authentication.byPassword(body.username(), body.password());
  }

  private static String clip(String s) {
    return s.length() > 64 ? s.substring(0, 64) : s;
  }
}
