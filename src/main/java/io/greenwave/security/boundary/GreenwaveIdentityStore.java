package io.greenwave.security.boundary;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.control.CallerAuthentication;
import io.greenwave.security.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * The one identity store of Greenwave: validates bearer tokens and API keys for the API, and
 * username/password credentials for the console's form login (a later mechanism can hand a {@link
 * UsernamePasswordCredential} to the same store). Groups are the caller's effective roles (an admin
 * has them all), so that the container's own {@code isUserInRole} agrees with Greenwave's.
 */
@ApplicationScoped
public class GreenwaveIdentityStore implements IdentityStore {
  @Inject CallerAuthentication authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    return callerOf(credential).map(GreenwaveIdentityStore::valid).orElse(invalid());
  }

  private Optional<Caller> callerOf(Credential credential) {
    if (credential instanceof TokenCredential token) {
      return authentication.byToken(token.token());
    }
    if (credential instanceof ApiKeyCredential key) {
      return authentication.byApiKey(key.key());
    }
    if (credential instanceof UsernamePasswordCredential password) {
      try {
        return Optional.of(
            authentication.byPassword(password.getCaller(), password.getPasswordAsString()));
      } catch (ProblemException refused) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static CredentialValidationResult valid(Caller caller) {
    return new CredentialValidationResult(new CallerPrincipalOf(caller), caller.effectiveRoles());
  }

  private static CredentialValidationResult invalid() {
    return CredentialValidationResult.INVALID_RESULT;
  }
}
