package io.greenwave.streaming.boundary;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.control.CallerAuthentication;
import io.greenwave.security.entity.Caller;
import io.greenwave.security.entity.Roles;
import io.greenwave.streaming.control.StreamHub;
import io.greenwave.streaming.control.Subscriber;
import io.greenwave.streaming.control.Subscriptions;
import io.greenwave.streaming.entity.StreamStats;
import io.greenwave.streaming.entity.Subscription;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Live events as Server-Sent Events, and the streams' figures. Same credentials as the rest of the
 * API ({@code Authorization: Bearer} or {@code X-API-Key}); because a browser's EventSource cannot
 * send headers, a {@code token} query parameter is accepted too.
 */
@Path("stream")
public class StreamResource {
  @Inject StreamHub hub;
  @Inject StreamAuthentication authentication;
  @Resource ManagedExecutorService executor;
  @Context HttpServletRequest request;

  /**
   * Opens an event stream. The first message is a {@code ready} event; then every matching event
   * with its id, and a {@code heartbeat} comment when nothing was sent for a while. With {@code
   * Last-Event-ID} (header, or the {@code lastEventId} parameter) the events after it that the
   * replay buffer holds come first; a {@code reset} event says some are gone.
   */
  @GET
  @Path("events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @PermitAll
  public void events(
      @QueryParam("intersections") String intersections,
      @QueryParam("events") String events,
      @QueryParam("format") String format,
      @QueryParam("token") String token,
      @QueryParam("lastEventId") String lastEventIdParam,
      @HeaderParam("Last-Event-ID") String lastEventIdHeader,
      @Context SseEventSink sink,
      @Context Sse sse) {
    Caller caller = caller(token);
    Subscription subscription = Subscriptions.ofQuery(intersections, events, format);
    Long lastEventId =
        lastEventId(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam);
    Subscriber s = hub.attach(new SseTransport(sink, sse, executor));
    s.caller(caller.name());
    hub.subscribe(
        s,
        subscription,
        lastEventId,
        "ready",
        replayed ->
            "{\"type\":\"ready\",\"replayed\":"
                + replayed
                + ",\"lastEventId\":"
                + hub.lastEventId()
                + "}");
  }

  /** Open connections by kind, messages sent, dropped and coalesced, the deepest client queues. */
  @GET
  @Path("stats")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public StreamStats stats() {
    return hub.stats();
  }

  private Caller caller(String token) {
    Object authenticated = request.getAttribute(Caller.ATTRIBUTE);
    if (authenticated instanceof Caller c) {
      return c;
    }
    return authentication
        .caller(token)
        .orElseThrow(
            () ->
                CallerAuthentication.unauthorized(
                    token == null
                        ? "This stream needs a token: Authorization: Bearer, X-API-Key or ?token="
                        : "The token is invalid, expired or revoked"));
  }

  private static Long lastEventId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id >= 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.invalidField("Last-Event-ID", "must be a non-negative integer");
  }
}
