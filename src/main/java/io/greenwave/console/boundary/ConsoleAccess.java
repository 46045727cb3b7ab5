package io.greenwave.console.boundary;

import io.greenwave.security.entity.Caller;
import io.greenwave.security.entity.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The console's form login, kept apart from the API's stateless token mechanism (which leaves every
 * non-{@code /api} path alone): a console page needs a signed-in session, else the browser is sent
 * to the login page; the administration pages need the admin role. The signed-in {@link Caller}
 * lives in the HTTP session (30 minutes idle timeout, web.xml), put there by {@link LoginView}
 * after the user store checked the password.
 */
@WebFilter(urlPatterns = "/console/*")
public class ConsoleAccess extends HttpFilter {
  /** Session attribute holding the signed-in {@link Caller}. */
  public static final String CALLER = "io.greenwave.console.caller";

  static final String LOGIN = "/console/login.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // no caching of pages that show operational data, so Back after logout shows nothing
    response.setHeader("Cache-Control", "no-store");
    if (path.equals(LOGIN)) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = callerOf(request.getSession(false));
    if (caller == null) {
      sendToLogin(request, response);
    } else if (path.startsWith("/console/admin/") && !caller.roles().contains(Roles.ADMIN)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "The admin pages need the admin role");
    } else {
      chain.doFilter(request, response);
    }
  }

  static Caller callerOf(HttpSession session) {
    return session == null ? null : (Caller) session.getAttribute(CALLER);
  }

  private static void sendToLogin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String login = request.getContextPath() + LOGIN + "?expired=true";
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // an ajax call after the session timed out: a plain 302 would be swallowed by the script
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + login
                  + "\"/></partial-response>");
    } else {
      response.sendRedirect(login);
    }
  }
}
