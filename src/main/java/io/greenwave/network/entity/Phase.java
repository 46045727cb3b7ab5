package io.greenwave.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * A signal phase (stage): the lane groups that have green together. A cycle runs phases in order.
 */
@Embeddable
public class Phase {
  @Column(name = "name", nullable = false, length = 64)
  private String name;

  @Convert(converter = LaneGroupIdsConverter.class)
  @Column(name = "lane_groups", nullable = false, length = 400)
  private List<String> laneGroups = List.of();

  protected Phase() {}

  public Phase(String name, List<String> laneGroups) {
    this.name = name;
    this.laneGroups = List.copyOf(laneGroups);
  }

  public String name() {
    return name;
  }

  public List<String> laneGroups() {
    return laneGroups;
  }
}
