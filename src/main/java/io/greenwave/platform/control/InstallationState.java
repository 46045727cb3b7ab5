package io.greenwave.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Small durable facts about this installation, such as how far the demo data got. Survives restarts
 * with the database, so that an interrupted first start resumes instead of starting over.
 */
@ApplicationScoped
@Transactional
public class InstallationState {
  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  public Optional<String> get(String key) {
    @SuppressWarnings("unchecked")
    List<Object> values =
        em.createNativeQuery("SELECT state_value FROM installation_state WHERE state_key = ?")
            .setParameter(1, key)
            .getResultList();
    return values.stream().findFirst().map(Object::toString);
  }

  public void put(String key, String value) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int updated =
        em.createNativeQuery(
                "UPDATE installation_state SET state_value = ?, updated_at = ? WHERE state_key = ?")
            .setParameter(1, value)
            .setParameter(2, now)
            .setParameter(3, key)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO installation_state (state_key, state_value, updated_at) VALUES (?, ?, ?)")
          .setParameter(1, key)
          .setParameter(2, value)
          .setParameter(3, now)
          .executeUpdate();
    }
  }
}
