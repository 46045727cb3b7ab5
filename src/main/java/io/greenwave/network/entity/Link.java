package io.greenwave.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A directed road between two intersections: traffic leaves {@code from} on its {@code exitSide}
 * and arrives at {@code to} on approach {@code toApproach}. Corridors and grids are intersections
 * joined by links; length and speed give the free-flow travel time that coordination (offsets)
 * relies on.
 */
@Entity
@Table(name = "road_link")
@NamedQuery(name = Link.ALL, query = "SELECT l FROM Link l ORDER BY l.fromIntersection, l.id")
@NamedQuery(
    name = Link.TOUCHING,
    query =
        "SELECT l FROM Link l WHERE l.fromIntersection = :id OR l.toIntersection = :id ORDER BY l.id")
public class Link {
  public static final String ALL = "Link.all";
  public static final String TOUCHING = "Link.touching";

  @Id
  @SequenceGenerator(name = "link_seq", sequenceName = "link_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "link_seq")
  @Column(name = "id")
  private Long id;

  @Column(name = "from_intersection", nullable = false, length = 64)
  private String fromIntersection;

  @Column(name = "to_intersection", nullable = false, length = 64)
  private String toIntersection;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_approach_exit", nullable = false, length = 1)
  private Approach exitSide;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_approach", nullable = false, length = 1)
  private Approach toApproach;

  @Column(name = "length_m", nullable = false)
  private double lengthMetres;

  @Column(name = "speed_kmh", nullable = false)
  private double speedKmh;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Link() {}

  public Link(
      String fromIntersection,
      Approach exitSide,
      String toIntersection,
      Approach toApproach,
      double lengthMetres,
      double speedKmh) {
    this.fromIntersection = fromIntersection;
    this.toIntersection = toIntersection;
    redefine(exitSide, toApproach, lengthMetres, speedKmh);
  }

  public void redefine(
      Approach exitSide, Approach toApproach, double lengthMetres, double speedKmh) {
    this.exitSide = exitSide;
    this.toApproach = toApproach;
    this.lengthMetres = lengthMetres;
    this.speedKmh = speedKmh;
  }

  public Long id() {
    return id;
  }

  public String fromIntersection() {
    return fromIntersection;
  }

  public String toIntersection() {
    return toIntersection;
  }

  public Approach exitSide() {
    return exitSide;
  }

  public Approach toApproach() {
    return toApproach;
  }

  public double lengthMetres() {
    return lengthMetres;
  }

  public double speedKmh() {
    return speedKmh;
  }

  public long version() {
    return version;
  }

  /**
   * @return free-flow travel time along the link, seconds
   */
  public double freeFlowSeconds() {
    return lengthMetres / (speedKmh / 3.6);
  }
}
