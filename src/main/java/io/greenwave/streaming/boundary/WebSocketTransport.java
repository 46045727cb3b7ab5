package io.greenwave.streaming.boundary;

import io.greenwave.streaming.control.StreamTransport;
import io.greenwave.streaming.entity.Frame;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A WebSocket session as a stream transport: frames go out with the asynchronous remote, one after
 * the other (the next when the previous completed), heartbeats as WebSocket pings. Alive while the
 * client answered something (a pong or any message) within the idle timeout, and, before it
 * authenticated, only for the authentication grace period.
 */
final class WebSocketTransport implements StreamTransport {
  private static final Logger LOG = Logger.getLogger(WebSocketTransport.class.getName());
  private static final ByteBuffer PING = ByteBuffer.wrap(new byte[] {'g', 'w'});

  private final Session session;
  private final long idleTimeoutMillis;
  private final long authGraceMillis;
  private final long openedAt = System.currentTimeMillis();
  private volatile long lastHeardAt = openedAt;
  private volatile boolean authenticated;

  WebSocketTransport(Session session, long idleTimeoutMillis, long authGraceMillis) {
    this.session = session;
    this.idleTimeoutMillis = idleTimeoutMillis;
    this.authGraceMillis = authGraceMillis;
  }

  void heard() {
    lastHeardAt = System.currentTimeMillis();
  }

  void authenticated() {
    authenticated = true;
  }

  @Override
  public String kind() {
    return "websocket";
  }

  @Override
  public void send(List<Frame> frames, Runnable done) {
    sendFrom(frames, 0, done);
  }

  private void sendFrom(List<Frame> frames, int index, Runnable done) {
    if (index == frames.size() || !session.isOpen()) {
      done.run();
      return;
    }
    Frame frame = frames.get(index);
    if (frame.isHeartbeat()) {
      ping();
      sendFrom(frames, index + 1, done);
      return;
    }
    SendHandler next =
        result -> {
          if (result.isOK()) {
            sendFrom(frames, index + 1, done);
          } else {
            done.run();
            close("write failed");
          }
        };
    session.getAsyncRemote().sendText(frame.text(), next);
  }

  private void ping() {
    try {
      session.getAsyncRemote().sendPing(PING.duplicate());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Ping failed", e);
    }
  }

  @Override
  public boolean alive(long nowMillis) {
    if (!session.isOpen()) {
      return false;
    }
    if (!authenticated && nowMillis - openedAt > authGraceMillis) {
      return false;
    }
    return nowMillis - lastHeardAt <= idleTimeoutMillis;
  }

  @Override
  public void close(String reason) {
    if (session.isOpen()) {
      try {
        session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, reason));
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "Close failed", e);
      }
    }
  }
}
