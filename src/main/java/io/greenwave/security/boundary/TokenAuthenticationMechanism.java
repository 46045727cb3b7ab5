package io.greenwave.security.boundary;

import io.greenwave.security.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Authenticates every {@code /api} request that carries credentials: {@code Authorization: Bearer
 * <token>} or {@code X-API-Key: <key>}. Stateless: no session is created. Requests without
 * credentials go on as anonymous (the resource's roles then decide between 401 and serving it);
 * wrong credentials are answered 401 at once. Paths outside {@code /api} are left alone, for the
 * console's form login to come, which will use the same identity store.
 */
@ApplicationScoped
public class TokenAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String API_KEY_HEADER = "X-API-Key";
  static final String BEARER = "Bearer ";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!isApi(request)) {
      return context.doNothing();
    }
    String authorization = request.getHeader("Authorization");
    String apiKey = request.getHeader(API_KEY_HEADER);
    if (authorization == null && apiKey == null) {
      return context.doNothing();
    }
    Credential credential = credentialOf(authorization, apiKey);
    if (credential == null) {
      return refuse(request, response, "Send 'Authorization: Bearer <token>' or 'X-API-Key'");
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return refuse(request, response, "The token or API key is invalid, expired or revoked");
    }
    if (result.getCallerPrincipal() instanceof CallerPrincipalOf principal) {
      request.setAttribute(Caller.ATTRIBUTE, principal.caller());
    }
    return context.notifyContainerAboutLogin(result);
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static Credential credentialOf(String authorization, String apiKey) {
    if (authorization != null) {
      boolean bearer = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
      return bearer ? new TokenCredential(authorization.substring(BEARER.length()).trim()) : null;
    }
    return new ApiKeyCredential(apiKey.trim());
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    try {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"greenwave\", error=\"invalid_token\"");
      SecurityHeaders.apply(request, response, null);
      HttpProblems.write(request, response, 401, "unauthorized", "Unauthorized", detail);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
