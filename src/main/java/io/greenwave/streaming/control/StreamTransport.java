package io.greenwave.streaming.control;

import io.greenwave.streaming.entity.Frame;
import java.util.List;

/**
 * The connection of one client (a WebSocket session, an SSE sink), as the hub's sender threads use
 * it. Sending must not block the caller: the transport writes asynchronously and calls {@code done}
 * when the frames are written or failed, and the hub sends nothing more to this client until then.
 */
public interface StreamTransport {
  /** {@code websocket} or {@code sse}. */
  String kind();

  /** Writes the frames in order, without blocking; calls {@code done} exactly once afterwards. */
  void send(List<Frame> frames, Runnable done);

  /** Whether the connection still looks alive (e.g. answered the last pings). */
  default boolean alive(long nowMillis) {
    return true;
  }

  /** Closes the connection, telling the client why where the protocol allows. */
  void close(String reason);
}
