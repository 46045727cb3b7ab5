package io.greenwave.streaming.boundary;

import io.greenwave.streaming.control.StreamHub;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Extension;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registers {@code /ws/stream} programmatically when the web application starts: annotated
 * {@code @ServerEndpoint}s were intermittently missing (404) on clustered Payara Micro instances,
 * an explicit {@code ServerContainer.addEndpoint} is reliable. Also offers permessage-deflate
 * (Tyrus's extension, shipped in the WAR because Payara does not bundle it): clients that offer it
 * get compressed frames, others plain ones.
 */
@WebListener
public class StreamSocketRegistration implements ServletContextListener {
  static final String PATH = "/ws/stream";
  private static final Logger LOG = Logger.getLogger(StreamSocketRegistration.class.getName());
  private static final String DEFLATE =
      "org.glassfish.tyrus.ext.extension.deflate.PerMessageDeflateExtension";

  @Inject StreamHub hub;
  @Inject StreamAuthentication authentication;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServerContainer container =
        (ServerContainer) event.getServletContext().getAttribute(ServerContainer.class.getName());
    if (container == null) {
      LOG.severe("No WebSocket container: " + PATH + " is not available");
      return;
    }
    ServerEndpointConfig config =
        ServerEndpointConfig.Builder.create(StreamSocket.class, PATH)
            .extensions(compression())
            .configurator(new Instances())
            .build();
    try {
      container.addEndpoint(config);
      LOG.info(() -> "Live streams at " + PATH + " (extensions " + config.getExtensions() + ")");
    } catch (DeploymentException e) {
      LOG.log(Level.SEVERE, "Could not register " + PATH, e);
    }
  }

  private static List<Extension> compression() {
    try {
      Object deflate = Class.forName(DEFLATE).getConstructor().newInstance();
      return List.of((Extension) deflate);
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      LOG.log(Level.WARNING, "permessage-deflate not available; streams are uncompressed", e);
      return List.of();
    }
  }

  /** Creates each connection's endpoint with the hub, since the container does not inject it. */
  private final class Instances extends ServerEndpointConfig.Configurator {
    @Override
    public <T> T getEndpointInstance(Class<T> type) {
      return type.cast(new StreamSocket(hub, authentication));
    }
  }
}
