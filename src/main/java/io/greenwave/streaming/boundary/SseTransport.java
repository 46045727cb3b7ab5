package io.greenwave.streaming.boundary;

import io.greenwave.streaming.control.StreamTransport;
import io.greenwave.streaming.entity.Frame;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An SSE sink as a stream transport. Writes run on the managed executor, never on the hub's sender
 * threads, because the runtime's sink may write synchronously. Events carry their id (what the
 * browser sends back as {@code Last-Event-ID}); heartbeats are SSE comments.
 */
final class SseTransport implements StreamTransport {
  private static final Logger LOG = Logger.getLogger(SseTransport.class.getName());

  /** What a reconnecting EventSource waits, in milliseconds. */
  static final long RETRY_MILLIS = 3000;

  private final SseEventSink sink;
  private final Sse sse;
  private final Executor executor;

  SseTransport(SseEventSink sink, Sse sse, Executor executor) {
    this.sink = sink;
    this.sse = sse;
    this.executor = executor;
  }

  @Override
  public String kind() {
    return "sse";
  }

  @Override
  public void send(List<Frame> frames, Runnable done) {
    executor.execute(() -> sendFrom(frames, 0, done));
  }

  private void sendFrom(List<Frame> frames, int index, Runnable done) {
    if (index == frames.size() || sink.isClosed()) {
      done.run();
      return;
    }
    sink.send(event(frames.get(index)))
        .whenComplete(
            (ok, failure) -> {
              if (failure == null) {
                sendFrom(frames, index + 1, done);
              } else {
                LOG.log(Level.FINE, "SSE write failed", failure);
                done.run();
                close("write failed");
              }
            });
  }

  private OutboundSseEvent event(Frame frame) {
    OutboundSseEvent.Builder b = sse.newEventBuilder();
    if (frame.isHeartbeat()) {
      return b.comment("heartbeat").build();
    }
    if (frame.id() >= 0) {
      b.id(Long.toString(frame.id()));
    } else {
      b.reconnectDelay(RETRY_MILLIS);
    }
    return b.name(frame.event()).mediaType(MediaType.TEXT_PLAIN_TYPE).data(frame.text()).build();
  }

  @Override
  public boolean alive(long nowMillis) {
    return !sink.isClosed();
  }

  @Override
  public void close(String reason) {
    try {
      sink.close();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "SSE close failed", e);
    }
  }
}
