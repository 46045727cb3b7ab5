package io.greenwave.network.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A signalised intersection: where it is, its lane groups, the phases that give them green, and the
 * timing limits that every controller must respect. The aggregate root of the network feature; lane
 * groups and phases live and die with it.
 */
@Entity
@Table(name = "intersection")
@NamedQuery(name = Intersection.ALL, query = "SELECT i FROM Intersection i ORDER BY i.id")
@NamedQuery(name = Intersection.COUNT, query = "SELECT COUNT(i) FROM Intersection i")
public class Intersection {
  public static final String ALL = "Intersection.all";
  public static final String COUNT = "Intersection.count";

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @Embedded private TimingLimits timing;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lane_group", joinColumns = @JoinColumn(name = "intersection_id"))
  @OrderColumn(name = "position")
  private List<LaneGroup> laneGroups = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "signal_phase", joinColumns = @JoinColumn(name = "intersection_id"))
  @OrderColumn(name = "position")
  private List<Phase> phases = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Intersection() {}

  public Intersection(String id) {
    this.id = id;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  /** Replaces everything an engineer can edit; the id and the history stay. */
  public void redefine(
      String name,
      Double latitude,
      Double longitude,
      TimingLimits timing,
      List<LaneGroup> laneGroups,
      List<Phase> phases) {
    this.name = name;
    this.latitude = latitude;
    this.longitude = longitude;
    this.timing = timing;
    this.laneGroups.clear();
    this.laneGroups.addAll(laneGroups);
    this.phases.clear();
    this.phases.addAll(phases);
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }

  public TimingLimits timing() {
    return timing;
  }

  public List<LaneGroup> laneGroups() {
    return List.copyOf(laneGroups);
  }

  public Optional<LaneGroup> laneGroup(String laneGroupId) {
    return laneGroups.stream().filter(g -> g.id().equals(laneGroupId)).findFirst();
  }

  public List<Phase> phases() {
    return List.copyOf(phases);
  }

  public long version() {
    return version;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
