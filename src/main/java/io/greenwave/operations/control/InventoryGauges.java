package io.greenwave.operations.control;

import io.greenwave.platform.control.GreenwaveDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Gauges of what the installation holds: {@code greenwave.readings.stored} (detector readings) and
 * {@code greenwave.intersections}. Counted in the shared database, so every node reports the same
 * cluster-wide figure; a count is reused for {@value #MAX_AGE_MILLIS} ms so that frequent scrapes
 * of several nodes do not scan a large readings table each time.
 */
@ApplicationScoped
public class InventoryGauges {
  static final long MAX_AGE_MILLIS = 30_000;
  private static final Logger LOG = Logger.getLogger(InventoryGauges.class.getName());

  @Resource(lookup = GreenwaveDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject MetricRegistry registry;

  private final Map<String, Count> counts = new ConcurrentHashMap<>();

  private record Count(double value, long takenAt) {}

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauge(
        "greenwave.readings.stored",
        "Detector readings stored (whole cluster)",
        "SELECT COUNT(*) FROM detector_reading");
    gauge(
        "greenwave.intersections",
        "Intersections defined (whole cluster)",
        "SELECT COUNT(*) FROM intersection");
  }

  private void gauge(String name, String description, String sql) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(), () -> count(sql));
  }

  /** The row count, at most {@value #MAX_AGE_MILLIS} ms old; NaN while the database fails. */
  double count(String sql) {
    long now = System.currentTimeMillis();
    Count cached = counts.get(sql);
    if (cached != null && now - cached.takenAt() < MAX_AGE_MILLIS) {
      return cached.value();
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      Count fresh = new Count(r.getLong(1), now);
      counts.put(sql, fresh);
      return fresh.value();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "inventory count failed: " + sql, e);
      return Double.NaN;
    }
  }
}
