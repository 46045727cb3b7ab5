package io.greenwave.demo.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes {@code /demo} and {@code /demo/} open the demo page (the short address a presenter types)
 * without a welcome-file entry in web.xml, which other features share.
 */
@WebFilter(urlPatterns = {"/demo", "/demo/"})
public class DemoEntrance extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/demo")) {
      response.sendRedirect(request.getContextPath() + "/demo/");
      return;
    }
    request.getRequestDispatcher("/demo/index.xhtml").forward(request, response);
  }
}
