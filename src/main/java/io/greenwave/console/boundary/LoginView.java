package io.greenwave.console.boundary;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.control.CallerAuthentication;
import io.greenwave.security.control.LoginThrottled;
import io.greenwave.security.entity.Caller;
import io.greenwave.security.entity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Signs users in and out of the console against the same user store, password hashing and lockout
 * as the API's token endpoint ({@link CallerAuthentication}). Device accounts are for field
 * controllers, not people, and cannot open the console.
 */
@Named
@RequestScoped
public class LoginView {
  @Inject CallerAuthentication authentication;
  @Inject ConsoleAudit audit;

  private String username;
  private String password;

  public String signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Caller caller;
    try {
      caller = authentication.byPassword(username, password == null ? "" : password);
    } catch (LoginThrottled locked) {
      fail(faces, "Too many failed attempts for this user; try again later.");
      audit.record("login", "/console/login", 429, "locked out: " + username);
      return null;
    } catch (ProblemException refused) {
      fail(faces, "Wrong username or password, or the account is disabled.");
      audit.record("login", "/console/login", 401, "failed: " + username);
      return null;
    }
    if (!caller.hasAnyRole(Set.of(Roles.VIEWER, Roles.OPERATOR))) {
      fail(faces, "This account is for devices and cannot use the console.");
      return null;
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.getSession(true);
    request.changeSessionId(); // no session fixation: a new id once the user is known
    request.getSession().setAttribute(ConsoleAccess.CALLER, caller);
    audit.record(caller.name(), "login", "/console/login", 200, "signed in");
    external.redirect(external.getRequestContextPath() + "/console/dashboard.xhtml");
    return null;
  }

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpSession session = (HttpSession) external.getSession(false);
    Caller caller = ConsoleAccess.callerOf(session);
    if (caller != null) {
      audit.record(caller.name(), "logout", "/console/logout", 200, "signed out");
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/console/login.xhtml?loggedOut=true");
  }

  private static void fail(FacesContext faces, String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
