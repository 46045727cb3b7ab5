package io.greenwave.console.boundary;

import io.greenwave.platform.entity.LiveEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Forwards Greenwave's live events (readings, metrics, decisions, jobs, deployments, alerts) to the
 * console pages over the OmniFaces socket channel {@code live}; each page picks the events it
 * shows. A push only reaches browsers on this node, and messages sent while a page's socket is
 * closed are lost: pages reload their state when the socket (re)opens.
 */
@ApplicationScoped
public class LivePush {
  private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

  @Inject
  @Push(channel = "live")
  PushContext live;

  void forward(@Observes LiveEvent event) {
    if ("decisions".equals(event.type())) {
      return; // one per prediction request: too many for a browser, and no page charts them
    }
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", event.type());
    message.put("intersectionId", event.intersectionId());
    message.put("at", event.at().toString());
    message.put("data", event.data());
    try {
      live.send(message);
    } catch (RuntimeException e) {
      // the feature that fired the event must not fail because a browser went away
      LOG.log(Level.FINE, "console push failed", e);
    }
  }
}
