package io.greenwave.console.boundary;

import fish.payara.micro.cdi.Inbound;
import io.greenwave.platform.entity.LiveEvent;
import io.greenwave.streaming.control.StreamHub;
import io.greenwave.streaming.entity.ClusterEnvelope;
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
 * shows. A push only reaches browsers connected to this node, so events that happened on other
 * cluster nodes are pushed too: they arrive here as the stream hub's clustered {@link
 * ClusterEnvelope}s (a node never receives its own, so nothing is pushed twice). Messages sent
 * while a page's socket is closed are lost: pages reload their state when the socket (re)opens.
 */
@ApplicationScoped
public class LivePush {
  private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

  @Inject
  @Push(channel = "live")
  PushContext live;

  @Inject StreamHub hub;

  void forward(@Observes LiveEvent event) {
    push(event);
  }

  /** Events that happened on another node, as the stream hub sends them round the cluster. */
  void forwardFromOtherNodes(@Observes @Inbound ClusterEnvelope envelope) {
    if (hub.fromOtherNode(envelope)) {
      envelope.events().forEach(this::push);
    }
  }

  private void push(LiveEvent event) {
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
