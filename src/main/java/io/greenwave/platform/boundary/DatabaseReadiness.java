package io.greenwave.platform.boundary;

import io.greenwave.platform.control.DatabaseMigration;
import io.greenwave.platform.control.GreenwaveDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the application is deployed (this check exists at all), its schema is migrated and
 * the database answers within two seconds. A load balancer sends traffic only to ready nodes.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Resource(lookup = GreenwaveDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      response
          .withData("product", c.getMetaData().getDatabaseProductName())
          .withData("schemaVersion", migration.schemaVersion());
      return response.status(valid && migration.isMigrated()).build();
    } catch (SQLException | RuntimeException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
