package io.greenwave.streaming.control;

import io.greenwave.streaming.entity.Format;
import io.greenwave.streaming.entity.Frame;
import io.greenwave.streaming.entity.StreamEvent;
import java.time.Instant;
import java.util.Map;

/**
 * Writes an event in each client format (see docs/streaming.md for examples).
 *
 * <ul>
 *   <li>{@code dashboard}: {@code {"id":42,"t":"metrics","i":"I-1","ts":1700000000000,"v":{...}}} —
 *       short keys, the payload as is;
 *   <li>{@code chart}: {@code {"id":42,"type":..,"intersectionId":..,"at":..,"points":[{"series":
 *       "avgWait","x":1700000000000,"y":12.3}]}} — one point per numeric field;
 *   <li>{@code table}: {@code {"id":42,"type":..,"intersectionId":..,"at":..,"columns":[..],
 *       "row":[..]}}.
 * </ul>
 */
final class EventWriter {
  private EventWriter() {}

  static Frame frame(StreamEvent e, Format format) {
    String text =
        switch (format) {
          case DASHBOARD -> dashboard(e);
          case CHART -> chart(e);
          case TABLE -> table(e);
        };
    String key = format.coalesces() ? e.coalescingKey() : null;
    return new Frame(e.id(), e.type(), text, key, e.atMillis());
  }

  static String dashboard(StreamEvent e) {
    StringBuilder out = new StringBuilder(96);
    out.append("{\"id\":").append(e.id()).append(",\"t\":");
    JsonText.string(out, e.type());
    out.append(",\"i\":");
    JsonText.string(out, e.intersectionId());
    out.append(",\"ts\":").append(e.atMillis()).append(",\"v\":{");
    boolean first = true;
    for (Map.Entry<String, Object> d : e.data().entrySet()) {
      first = comma(out, first);
      JsonText.string(out, d.getKey());
      out.append(':');
      JsonText.value(out, d.getValue());
    }
    return out.append("}}").toString();
  }

  static String chart(StreamEvent e) {
    StringBuilder out = header(e);
    out.append(",\"points\":[");
    boolean first = true;
    for (Map.Entry<String, Object> d : e.data().entrySet()) {
      if (d.getValue() instanceof Number n) {
        first = comma(out, first);
        out.append("{\"series\":");
        JsonText.string(out, d.getKey());
        out.append(",\"x\":").append(e.atMillis()).append(",\"y\":");
        JsonText.value(out, n);
        out.append('}');
      }
    }
    return out.append("]}").toString();
  }

  static String table(StreamEvent e) {
    StringBuilder out = header(e);
    out.append(",\"columns\":[\"at\",\"intersectionId\"");
    for (String column : e.data().keySet()) {
      out.append(',');
      JsonText.string(out, column);
    }
    out.append("],\"row\":[");
    JsonText.string(out, Instant.ofEpochMilli(e.atMillis()).toString());
    out.append(',');
    JsonText.string(out, e.intersectionId());
    for (Object value : e.data().values()) {
      out.append(',');
      JsonText.value(out, value);
    }
    return out.append("]}").toString();
  }

  private static StringBuilder header(StreamEvent e) {
    StringBuilder out = new StringBuilder(160);
    out.append("{\"id\":").append(e.id()).append(",\"type\":");
    JsonText.string(out, e.type());
    out.append(",\"intersectionId\":");
    JsonText.string(out, e.intersectionId());
    out.append(",\"at\":");
    JsonText.string(out, Instant.ofEpochMilli(e.atMillis()).toString());
    return out;
  }

  private static boolean comma(StringBuilder out, boolean first) {
    if (!first) {
      out.append(',');
    }
    return false;
  }
}
