package io.greenwave.operations.boundary;

import io.greenwave.operations.control.EndpointTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every REST request and records it in the timer {@code greenwave.http.requests}, labelled
 * with the endpoint's URI template, the method and the status class. Prometheus reads request rates
 * ({@code _count}), latency ({@code _sum}, quantiles, {@code _max}) and error ratios from it.
 * Pre-matching, so that the clock starts before Greenwave's own work; requests refused before
 * JAX-RS (e.g. a rate limit answered by a servlet filter) are not seen here.
 */
@Provider
@PreMatching
@ApplicationScoped
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {
  /** Name of the per-endpoint timer (Prometheus: {@code greenwave_http_requests_seconds_*}). */
  public static final String TIMER = "greenwave.http.requests";

  private static final String STARTED = RequestMetrics.class.getName() + ".started";
  private static final Metadata METADATA =
      Metadata.builder()
          .withName(TIMER)
          .withDescription(
              "REST requests by endpoint template, method and status class, with their latency")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  @Inject MetricRegistry registry;

  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object started = request.getProperty(STARTED);
    if (!(started instanceof Long start)) {
      return;
    }
    String endpoint =
        EndpointTemplate.of(
            applicationPath(), resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
    registry
        .timer(
            METADATA,
            new Tag("endpoint", endpoint),
            new Tag("method", request.getMethod()),
            new Tag("status", EndpointTemplate.statusClass(response.getStatus())))
        .update(Duration.ofNanos(System.nanoTime() - start));
  }

  private static String applicationPath() {
    ApplicationPath path =
        io.greenwave.platform.boundary.GreenwaveApplication.class.getAnnotation(
            ApplicationPath.class);
    return path == null ? "" : path.value();
  }
}
