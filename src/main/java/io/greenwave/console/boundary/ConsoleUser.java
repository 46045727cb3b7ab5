package io.greenwave.console.boundary;

import io.greenwave.security.entity.Caller;
import io.greenwave.security.entity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is signed in to the console and what they may do: pages show or hide navigation and actions
 * with it, and backing beans check it again before changing anything (a hidden button is not a
 * permission). Viewers read; operators also edit intersections, upload data, train, deploy and roll
 * back; admins may do everything, including forced deploys, users, keys and the audit trail.
 */
@Named
@RequestScoped
public class ConsoleUser {

  /** The signed-in caller, or null on the login page. */
  public Caller caller() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    return ConsoleAccess.callerOf(request.getSession(false));
  }

  public boolean isSignedIn() {
    return caller() != null;
  }

  public String getName() {
    Caller caller = caller();
    return caller == null ? "" : caller.name();
  }

  public String getRoles() {
    Caller caller = caller();
    return caller == null ? "" : String.join(", ", caller.roles());
  }

  public boolean isAdmin() {
    Caller caller = caller();
    return caller != null && caller.roles().contains(Roles.ADMIN);
  }

  /** May change things: operators and admins. */
  public boolean isOperator() {
    Caller caller = caller();
    return caller != null && caller.hasAnyRole(java.util.Set.of(Roles.OPERATOR));
  }

  /** Refuses the action unless the caller is an operator (or admin). */
  public void requireOperator() {
    if (!isOperator()) {
      throw new SecurityException("This action needs the operator role");
    }
  }

  /** Refuses the action unless the caller is an admin. */
  public void requireAdmin() {
    if (!isAdmin()) {
      throw new SecurityException("This action needs the admin role");
    }
  }

  /** The name recorded as actor in the registry and the audit trail. */
  public String actor() {
    return getName();
  }
}
