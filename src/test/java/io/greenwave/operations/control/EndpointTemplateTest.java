package io.greenwave.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class EndpointTemplateTest {
  @Path("/intersections/")
  static class Resource {
    @GET
    public void list() {}

    @GET
    @Path("{id}/readings")
    public void readings() {}

    @GET
    @Path("{id: [a-z0-9-]+}")
    public void one() {}
  }

  @Test
  void joinsApplicationClassAndMethodPaths() throws Exception {
    assertEquals(
        "/api/intersections",
        EndpointTemplate.of("/api", Resource.class, Resource.class.getMethod("list")));
    assertEquals(
        "/api/intersections/{id}/readings",
        EndpointTemplate.of("api/", Resource.class, Resource.class.getMethod("readings")));
  }

  @Test
  void keepsOnlyTheParameterNameOfARegexTemplate() throws Exception {
    assertEquals(
        "/api/intersections/{id}",
        EndpointTemplate.of("/api", Resource.class, Resource.class.getMethod("one")));
  }

  @Test
  void unmatchedRequestsShareOneLabel() {
    assertEquals(EndpointTemplate.UNMATCHED, EndpointTemplate.of("/api", null, null));
  }

  @Test
  void statusClasses() {
    assertEquals("2xx", EndpointTemplate.statusClass(201));
    assertEquals("4xx", EndpointTemplate.statusClass(429));
    assertEquals("5xx", EndpointTemplate.statusClass(503));
    assertEquals("other", EndpointTemplate.statusClass(0));
  }
}
