package io.greenwave.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.Set;

/**
 * Lanes of one approach that move together and share a signal, e.g. {@code N_T}: the two north
 * lanes for through and right-turning traffic. The unit that detectors count and that phases give
 * green to.
 */
@Embeddable
public class LaneGroup {
  @Column(name = "id", nullable = false, length = 32)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "approach", nullable = false, length = 1)
  private Approach approach;

  @Convert(converter = MovementsConverter.class)
  @Column(name = "movements", nullable = false, length = 40)
  private Set<Movement> movements = EnumSet.noneOf(Movement.class);

  @Column(name = "lanes", nullable = false)
  private int lanes;

  /** Saturation flow per lane, vehicles per hour of green. */
  @Column(name = "saturation_flow", nullable = false)
  private int saturationFlow;

  protected LaneGroup() {}

  public LaneGroup(
      String id, Approach approach, Set<Movement> movements, int lanes, int saturationFlow) {
    this.id = id;
    this.approach = approach;
    this.movements =
        movements.isEmpty() ? EnumSet.noneOf(Movement.class) : EnumSet.copyOf(movements);
    this.lanes = lanes;
    this.saturationFlow = saturationFlow;
  }

  public String id() {
    return id;
  }

  public Approach approach() {
    return approach;
  }

  public Set<Movement> movements() {
    return EnumSet.copyOf(movements);
  }

  public int lanes() {
    return lanes;
  }

  public int saturationFlowPerLane() {
    return saturationFlow;
  }

  /**
   * @return saturation flow of the whole group, vehicles per hour of green
   */
  public int saturationFlow() {
    return saturationFlow * lanes;
  }
}
