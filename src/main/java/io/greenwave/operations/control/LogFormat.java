package io.greenwave.operations.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Switches the server's log output to JSON lines when {@code greenwave.log.json=true}: the
 * formatter of every root handler (Payara Micro's console) is replaced while Greenwave is deployed
 * and restored when it is undeployed. Records written before deployment keep Payara's format; to
 * have those in JSON too, start Payara Micro with its own JSON formatter (docs/deployment.md).
 */
@Singleton
@Startup
public class LogFormat {
  private static final Logger LOG = Logger.getLogger(LogFormat.class.getName());
  private final Map<Handler, Formatter> replaced = new HashMap<>();

  @PostConstruct
  void install() {
    boolean json =
        ConfigProvider.getConfig()
            .getOptionalValue("greenwave.log.json", Boolean.class)
            .orElse(false);
    if (!json) {
      return;
    }
    JsonLinesFormatter formatter = new JsonLinesFormatter();
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      replaced.put(handler, handler.getFormatter());
      handler.setFormatter(formatter);
    }
    LOG.info("Log output is JSON lines (greenwave.log.json=true)");
  }

  @PreDestroy
  void restore() {
    replaced.forEach(Handler::setFormatter);
    replaced.clear();
  }
}
