package io.greenwave.network.control;

import io.greenwave.network.entity.Approach;
import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.Link;
import io.greenwave.network.entity.LinkDefinition;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Stores the links that join intersections into corridors and grids. */
@ApplicationScoped
@Transactional
public class LinkRepository {
  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  public List<Link> all() {
    return em.createNamedQuery(Link.ALL, Link.class).getResultList();
  }

  public List<Link> touching(String intersectionId) {
    return em.createNamedQuery(Link.TOUCHING, Link.class)
        .setParameter("id", intersectionId)
        .getResultList();
  }

  public Link require(long id) {
    Link link = em.find(Link.class, id);
    if (link == null) {
      throw ProblemException.notFound("Link", Long.toString(id));
    }
    return link;
  }

  public Link create(LinkDefinition d) {
    check(d);
    boolean exists =
        !em.createQuery(
                "SELECT l FROM Link l WHERE l.fromIntersection = :f AND l.toIntersection = :t",
                Link.class)
            .setParameter("f", d.from())
            .setParameter("t", d.to())
            .getResultList()
            .isEmpty();
    if (exists) {
      throw ProblemException.conflict(
          "A link from '" + d.from() + "' to '" + d.to() + "' already exists", "to");
    }
    Link link =
        new Link(
            d.from(),
            Approach.valueOf(d.exitSide().toUpperCase()),
            d.to(),
            Approach.valueOf(d.toApproach().toUpperCase()),
            d.lengthMetres(),
            d.speedKmh());
    em.persist(link);
    em.flush();
    return link;
  }

  public Link update(long id, LinkDefinition d, long expectedVersion) {
    Link link = require(id);
    LinkDefinition merged =
        new LinkDefinition(
            id,
            link.fromIntersection(),
            d.exitSide(),
            link.toIntersection(),
            d.toApproach(),
            d.lengthMetres(),
            d.speedKmh(),
            d.version());
    check(merged);
    if (link.version() != expectedVersion) {
      throw new ProblemException(
          409,
          "stale-update",
          "Conflict",
          "Link "
              + id
              + " is at version "
              + link.version()
              + "; reload it and apply your change again",
          List.of(FieldError.of("version", "stale")));
    }
    link.redefine(
        Approach.valueOf(d.exitSide().toUpperCase()),
        Approach.valueOf(d.toApproach().toUpperCase()),
        d.lengthMetres(),
        d.speedKmh());
    em.flush();
    return link;
  }

  public void delete(long id) {
    em.remove(require(id));
  }

  public static LinkDefinition toDefinition(Link l) {
    return new LinkDefinition(
        l.id(),
        l.fromIntersection(),
        l.exitSide().name(),
        l.toIntersection(),
        l.toApproach().name(),
        l.lengthMetres(),
        l.speedKmh(),
        l.version());
  }

  private void check(LinkDefinition d) {
    if (d == null) {
      throw ProblemException.invalidField("body", "a link definition is required");
    }
    List<FieldError> errors = new ArrayList<>();
    if (d.from() == null || em.find(Intersection.class, d.from()) == null) {
      errors.add(FieldError.of("from", "unknown intersection '" + d.from() + "'"));
    }
    if (d.to() == null || em.find(Intersection.class, d.to()) == null) {
      errors.add(FieldError.of("to", "unknown intersection '" + d.to() + "'"));
    }
    if (d.from() != null && d.from().equals(d.to())) {
      errors.add(FieldError.of("to", "a link must join two different intersections"));
    }
    if (!isApproach(d.exitSide())) {
      errors.add(FieldError.of("exitSide", "must be one of N, E, S, W"));
    }
    if (!isApproach(d.toApproach())) {
      errors.add(FieldError.of("toApproach", "must be one of N, E, S, W"));
    }
    if (d.lengthMetres() == null || !(d.lengthMetres() >= 10 && d.lengthMetres() <= 20_000)) {
      errors.add(FieldError.of("lengthMetres", "must be between 10 and 20000 m"));
    }
    if (d.speedKmh() == null || !(d.speedKmh() >= 5 && d.speedKmh() <= 130)) {
      errors.add(FieldError.of("speedKmh", "must be between 5 and 130 km/h"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
          "The link definition is invalid: "
              + errors.get(0).field()
              + " "
              + errors.get(0).message(),
          errors);
    }
  }

  private static boolean isApproach(String s) {
    return s != null && s.length() == 1 && "NESW".contains(s.toUpperCase());
  }
}
