package io.greenwave.streaming.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;

/** The JSON messages the server sends a WebSocket client besides events: acks and errors. */
final class ClientMessages {
  private ClientMessages() {}

  static String ack(String request, JsonObjectBuilder details) {
    return details.add("type", "ack").add("for", request).build().toString();
  }

  static String error(String field, String message) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("type", "error");
    if (field != null) {
      b.add("field", field);
    }
    return b.add("message", message).build().toString();
  }

  static JsonObjectBuilder details() {
    return Json.createObjectBuilder();
  }

  static jakarta.json.JsonArray array(Collection<String> values) {
    return Json.createArrayBuilder(values).build();
  }
}
