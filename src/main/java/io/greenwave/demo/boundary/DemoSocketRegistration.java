package io.greenwave.demo.boundary;

import io.greenwave.demo.control.DemoSessions;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registers the demo's frame socket when the application starts. Programmatic rather than
 * {@code @ServerEndpoint}: annotated endpoints were intermittently missing on clustered Payara
 * Micro instances (stack notes), and this way the endpoint gets the application's {@link
 * DemoSessions}.
 */
@WebListener
public class DemoSocketRegistration implements ServletContextListener {
  static final String PATH = "/demo/frames/{token}";
  private static final Logger LOG = Logger.getLogger(DemoSocketRegistration.class.getName());

  @Inject DemoSessions sessions;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServerContainer container =
        (ServerContainer) event.getServletContext().getAttribute(ServerContainer.class.getName());
    if (container == null) {
      LOG.severe("No WebSocket container: the live demo cannot push frames");
      return;
    }
    try {
      container.addEndpoint(
          ServerEndpointConfig.Builder.create(DemoSocket.class, PATH)
              .configurator(
                  new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> type) {
                      return type.cast(new DemoSocket(sessions));
                    }
                  })
              .build());
    } catch (DeploymentException e) {
      LOG.log(Level.SEVERE, "Could not register " + PATH, e);
    }
  }
}
