package io.greenwave.network.control;

import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Stores and finds intersections. Every change is checked by {@link IntersectionRules} first, so
 * the database only ever holds intersections a controller can run.
 */
@ApplicationScoped
@Transactional
public class IntersectionRepository {
  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  public List<Intersection> all() {
    return em.createNamedQuery(Intersection.ALL, Intersection.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery(Intersection.COUNT, Long.class).getSingleResult();
  }

  public Optional<Intersection> find(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Intersection.class, id));
  }

  public Intersection require(String id) {
    return find(id).orElseThrow(() -> ProblemException.notFound("Intersection", id));
  }

  /** Creates an intersection; 409 when the id is taken. */
  public Intersection create(IntersectionDefinition definition) {
    refuseIfInvalid(IntersectionRules.check(definition, null));
    if (em.find(Intersection.class, definition.id()) != null) {
      throw ProblemException.conflict(
          "Intersection '" + definition.id() + "' already exists", "id");
    }
    Intersection intersection = new Intersection(definition.id());
    IntersectionMapping.apply(definition, intersection);
    em.persist(intersection);
    em.flush();
    return intersection;
  }

  /**
   * Replaces an intersection's definition, if it is still at {@code expectedVersion}.
   *
   * @throws ProblemException 409 when someone else changed it since the client read it
   */
  public Intersection update(String id, IntersectionDefinition definition, long expectedVersion) {
    refuseIfInvalid(IntersectionRules.check(definition, id));
    Intersection intersection = require(id);
    if (intersection.version() != expectedVersion) {
      throw new ProblemException(
          409,
          "stale-update",
          "Conflict",
          "Intersection '"
              + id
              + "' is at version "
              + intersection.version()
              + ", the update was based on version "
              + expectedVersion
              + "; reload it and apply your change again",
          List.of(FieldError.of("version", "stale")));
    }
    IntersectionMapping.apply(definition, intersection);
    em.flush();
    return intersection;
  }

  /**
   * Deletes an intersection with its lane groups, phases, links and (only when forced) readings.
   */
  public void delete(String id, boolean force) {
    Intersection intersection = require(id);
    long readings =
        em.createQuery(
                "SELECT COUNT(r) FROM DetectorReading r WHERE r.id.intersectionId = :id",
                Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (readings > 0 && !force) {
      throw ProblemException.conflict(
          "Intersection '"
              + id
              + "' has "
              + readings
              + " detector readings; delete with force=true to remove them too");
    }
    em.createNativeQuery("DELETE FROM detector_reading WHERE intersection_id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM road_link WHERE from_intersection = ? OR to_intersection = ?")
        .setParameter(1, id)
        .setParameter(2, id)
        .executeUpdate();
    em.remove(intersection);
    em.flush();
  }

  private static void refuseIfInvalid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
          "The intersection definition is invalid: "
              + errors.get(0).field()
              + " "
              + errors.get(0).message()
              + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
          errors);
    }
  }
}
