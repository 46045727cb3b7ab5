package io.greenwave.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the schema;
 * JPA only maps it. Bean-managed transactions, because Flyway commits its own migrations.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = GreenwaveDataSource.JNDI_NAME)
  DataSource dataSource;

  private volatile boolean migrated;
  private volatile String schemaVersion = "none";

  @PostConstruct
  void migrate() {
    try {
      Flyway flyway =
          Flyway.configure(DatabaseMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load();
      MigrateResult result = flyway.migrate();
      var current = flyway.info().current();
      schemaVersion = current == null ? "empty" : current.getVersion().getVersion();
      migrated = true;
      LOG.info(
          () ->
              "Greenwave schema at version "
                  + schemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (RuntimeException e) {
      LOG.severe(
          "Greenwave cannot migrate its database; check greenwave.db.url/user/password: "
              + e.getMessage());
      throw e;
    }
  }

  /**
   * @return whether the schema is current
   */
  public boolean isMigrated() {
    return migrated;
  }

  /**
   * @return the Flyway version of the schema
   */
  public String schemaVersion() {
    return schemaVersion;
  }
}
