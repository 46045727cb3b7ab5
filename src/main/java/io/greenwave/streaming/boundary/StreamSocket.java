package io.greenwave.streaming.boundary;

import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.Caller;
import io.greenwave.streaming.control.StreamHub;
import io.greenwave.streaming.control.Subscriber;
import io.greenwave.streaming.control.Subscriptions;
import io.greenwave.streaming.entity.Subscription;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ws/stream}: one WebSocket connection of a live client (protocol in docs/streaming.md).
 * The client authenticates ({@code ?token=} or a first {@code auth} message), then subscribes and
 * may change its subscription at any time; bad messages get an {@code error} naming the field and
 * the connection stays open. A new instance per connection.
 */
public class StreamSocket extends Endpoint {
  /** Failed authentications after which the connection is closed. */
  static final int MAX_AUTH_FAILURES = 3;

  private final StreamHub hub;
  private final StreamAuthentication authentication;
  private Session session;
  private WebSocketTransport transport;
  private Subscriber subscriber;
  private int authFailures;

  StreamSocket(StreamHub hub, StreamAuthentication authentication) {
    this.hub = hub;
    this.authentication = authentication;
  }

  @Override
  public void onOpen(Session session, EndpointConfig config) {
    this.session = session;
    long heartbeat = hub.heartbeatSeconds() * 1000L;
    transport = new WebSocketTransport(session, 3 * heartbeat + 5000, 10_000);
    subscriber = hub.attach(transport);
    session.setMaxTextMessageBufferSize(64 * 1024);
    session.addMessageHandler(PongMessage.class, pong -> transport.heard());
    session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
    List<String> token = session.getRequestParameterMap().get("token");
    if (token != null && !token.isEmpty()) {
      authenticate(token.get(0));
    }
  }

  void onText(String text) {
    transport.heard();
    JsonObject message;
    try {
      JsonValue value = Json.createReader(new StringReader(text)).readValue();
      if (!(value instanceof JsonObject o)) {
        error("message", "must be a JSON object");
        return;
      }
      message = o;
    } catch (JsonException e) {
      error("message", "is not valid JSON");
      return;
    }
    String type = message.get("type") instanceof JsonString s ? s.getString() : null;
    switch (type == null ? "" : type) {
      case "auth" -> authenticate(textField(message, "token"));
      case "subscribe" -> subscribe(message);
      case "unsubscribe" -> unsubscribe();
      case "ping" -> hub.sendControl(subscriber, "pong", "{\"type\":\"pong\"}");
      default -> error("type", "must be one of auth, subscribe, unsubscribe, ping");
    }
  }

  private void authenticate(String token) {
    Optional<Caller> caller = authentication.caller(token);
    if (caller.isEmpty()) {
      error("token", "is missing, invalid, expired or revoked");
      if (++authFailures >= MAX_AUTH_FAILURES) {
        transport.close("authentication failed");
      }
      return;
    }
    subscriber.caller(caller.get().name());
    transport.authenticated();
    hub.sendControl(
        subscriber,
        "ack",
        ClientMessages.ack("auth", ClientMessages.details().add("caller", caller.get().name())));
  }

  private void subscribe(JsonObject message) {
    if (!subscriber.authenticated()) {
      error("token", "authenticate first: {\"type\":\"auth\",\"token\":\"...\"} or ?token=");
      return;
    }
    try {
      Subscription s =
          Subscriptions.of(
              listField(message, "intersections"),
              listField(message, "events"),
              textField(message, "format"));
      Long lastEventId = lastEventId(message);
      hub.subscribe(subscriber, s, lastEventId, "ack", replayed -> subscribed(s, replayed));
    } catch (ProblemException e) {
      FieldError first = e.errors().isEmpty() ? null : e.errors().get(0);
      error(first == null ? null : first.field(), first == null ? e.getMessage() : first.message());
    }
  }

  private String subscribed(Subscription s, int replayed) {
    var details = ClientMessages.details();
    if (s.allIntersections()) {
      details.add("intersections", "all");
    } else {
      details.add("intersections", ClientMessages.array(s.intersections()));
    }
    return ClientMessages.ack(
        "subscribe",
        details
            .add("events", ClientMessages.array(s.types()))
            .add("format", s.format().label())
            .add("replayed", replayed)
            .add("lastEventId", hub.lastEventId()));
  }

  private void unsubscribe() {
    hub.subscribe(subscriber, Subscription.NONE, null);
    hub.sendControl(subscriber, "ack", ClientMessages.ack("unsubscribe", ClientMessages.details()));
  }

  private static Long lastEventId(JsonObject message) {
    JsonValue v = message.get("lastEventId");
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof jakarta.json.JsonNumber n && n.isIntegral() && n.longValue() >= 0) {
      return n.longValue();
    }
    throw ProblemException.invalidField("lastEventId", "must be a non-negative integer");
  }

  /** A list of strings, null for absent or "all". */
  private static List<String> listField(JsonObject message, String name) {
    JsonValue v = message.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      if (s.getString().equals("all")) {
        return null;
      }
      return List.of(s.getString());
    }
    if (v instanceof jakarta.json.JsonArray a) {
      if (!a.stream().allMatch(x -> x instanceof JsonString)) {
        throw ProblemException.invalidField(name, "must be an array of strings or \"all\"");
      }
      return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
    throw ProblemException.invalidField(name, "must be an array of strings or \"all\"");
  }

  private static String textField(JsonObject message, String name) {
    return message.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private void error(String field, String text) {
    hub.sendControl(subscriber, "error", ClientMessages.error(field, text));
  }

  @Override
  public void onClose(Session session, CloseReason reason) {
    hub.detach(subscriber);
  }

  @Override
  public void onError(Session session, Throwable failure) {
    hub.detach(subscriber);
  }
}
