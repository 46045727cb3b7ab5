package io.greenwave.security.control;

import io.greenwave.security.entity.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * First things at start-up, right after the schema migration: the token secret must be usable
 * (production mode refuses to start without a strong one), and an installation without users gets
 * an {@code admin} whose password comes from {@code greenwave.security.admin-password} or, in
 * development only, is generated and printed once to the log.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SecurityBootstrap {
  private static final Logger LOG = Logger.getLogger(SecurityBootstrap.class.getName());
  static final String ADMIN = "admin";

  @Inject SecuritySettings settings;
  @Inject TokenKeys tokenKeys;
  @Inject UserDirectory users;

  @PostConstruct
  void start() {
    try {
      prepare();
    } catch (RuntimeException first) {
      // Two nodes starting at once on an empty database race to store the token secret and the
      // first admin; the loser's insert fails on the key. Once more, it finds the winner's.
      LOG.info(
          "Security set-up failed ("
              + first.getMessage()
              + "); trying once more in case another node was setting up the same database");
      pause();
      try {
        prepare();
      } catch (RuntimeException e) {
        LOG.severe("Greenwave refuses to start: " + e.getMessage());
        throw e;
      }
    }
  }

  private void prepare() {
    tokenKeys.load();
    if (users.count() == 0) {
      createFirstAdmin();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void createFirstAdmin() {
    String password = settings.adminPassword().orElse(null);
    if (password == null && settings.production()) {
      throw new IllegalStateException(
          "Production mode: set greenwave.security.admin-password for the first start");
    }
    boolean generated = password == null;
    if (generated) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
    users.create(ADMIN, password, Set.of(Roles.ADMIN));
    if (generated) {
      LOG.warning(
          "Created user 'admin' with the generated password "
              + password
              + " (shown once; set greenwave.security.admin-password to choose it)");
    } else {
      LOG.info("Created user 'admin' with the configured greenwave.security.admin-password");
    }
  }
}
