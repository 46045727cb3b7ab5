package io.greenwave.demo.boundary;

import io.greenwave.demo.control.DemoSessions;
import io.greenwave.demo.control.FrameSink;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code /demo/frames/{token}}: the socket a demo page listens on. The token, handed to the page
 * that admitted the visitor, names the run; frames flow one way, server to browser (the controls
 * are ordinary Faces requests). An unknown token (run ended, or never admitted) is closed with a
 * reason the page shows.
 */
public class DemoSocket extends Endpoint {
  private final DemoSessions sessions;
  private String token;
  private Sink sink;

  DemoSocket(DemoSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void onOpen(Session session, EndpointConfig config) {
    token = session.getPathParameters().get("token");
    sink = new Sink(session);
    session.setMaxIdleTimeout(0);
    if (!sessions.attach(token, sink)) {
      try {
        session.close(
            new CloseReason(
                CloseReason.CloseCodes.VIOLATED_POLICY,
                "This demo run has ended: reload the page"));
      } catch (IOException ignored) {
        // the browser is gone already
      }
    }
  }

  @Override
  public void onClose(Session session, CloseReason reason) {
    sessions.detach(token, sink);
  }

  @Override
  public void onError(Session session, Throwable error) {
    sessions.detach(token, sink);
  }

  /** Sends asynchronously, one frame in flight at a time. */
  private static final class Sink implements FrameSink {
    private final Session session;
    private final AtomicBoolean sending = new AtomicBoolean();

    Sink(Session session) {
      this.session = session;
    }

    @Override
    public boolean busy() {
      return sending.get() || !session.isOpen();
    }

    @Override
    public void send(String json) {
      if (!sending.compareAndSet(false, true)) {
        return;
      }
      try {
        session.getAsyncRemote().sendText(json, result -> sending.set(false));
      } catch (RuntimeException closing) {
        sending.set(false);
      }
    }
  }
}
