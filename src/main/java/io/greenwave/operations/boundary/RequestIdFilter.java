package io.greenwave.operations.boundary;

import io.greenwave.operations.control.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} (a load balancer or client that
 * already has one) or a new one. The id is echoed in the response header, kept as request attribute
 * {@value #ATTRIBUTE}, and bound to the serving thread so that every log record written meanwhile
 * carries it (JSON-lines logs, {@code greenwave.log.json=true}). An operator then finds all lines
 * of one failing call from the id a user reports.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {
  /** Request attribute holding the id. */
  public static final String ATTRIBUTE = "io.greenwave.requestId";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
    request.setAttribute(ATTRIBUTE, id);
    // set before the chain runs: once the body is written the headers are committed
    response.setHeader(RequestIds.HEADER, id);
    RequestIds.bind(id);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestIds.unbind();
    }
  }
}
