package io.greenwave.console.boundary;

import io.greenwave.network.control.IntersectionMapping;
import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.network.entity.IntersectionDefinition.LocationData;
import io.greenwave.network.entity.IntersectionDefinition.PhaseData;
import io.greenwave.network.entity.IntersectionDefinition.TimingData;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the intersection editor's inputs hold, in the shape of {@link IntersectionDefinition}; the
 * rules themselves are {@link io.greenwave.network.control.IntersectionRules}, applied by the
 * repository on save exactly as for the API.
 */
public class IntersectionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An editable lane group row. */
  public static class Group implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String approach = "N";
    private List<String> movements = new ArrayList<>(List.of("THROUGH"));
    private Integer lanes = 1;
    private Integer saturationFlow = IntersectionMapping.DEFAULT_SATURATION_FLOW;

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getApproach() {
      return approach;
    }

    public void setApproach(String approach) {
      this.approach = approach;
    }

    public List<String> getMovements() {
      return movements;
    }

    public void setMovements(List<String> movements) {
      this.movements = movements;
    }

    public Integer getLanes() {
      return lanes;
    }

    public void setLanes(Integer lanes) {
      this.lanes = lanes;
    }

    public Integer getSaturationFlow() {
      return saturationFlow;
    }

    public void setSaturationFlow(Integer saturationFlow) {
      this.saturationFlow = saturationFlow;
    }
  }

  /** An editable phase row. */
  public static class PhaseRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private List<String> laneGroups = new ArrayList<>();

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<String> getLaneGroups() {
      return laneGroups;
    }

    public void setLaneGroups(List<String> laneGroups) {
      this.laneGroups = laneGroups;
    }
  }

  private String id;
  private String name;
  private Double latitude;
  private Double longitude;
  private Integer minGreen = 5;
  private Integer maxGreen = 60;
  private Integer yellow = 3;
  private Integer allRed = 2;
  private Integer cycleMin = 30;
  private Integer cycleMax = 150;
  private final List<Group> groups = new ArrayList<>();
  private final List<PhaseRow> phases = new ArrayList<>();

  /** A new four-leg, two-phase intersection to start from. */
  public static IntersectionForm fourLeg() {
    IntersectionForm f = new IntersectionForm();
    for (String a : List.of("N", "S", "E", "W")) {
      Group g = new Group();
      g.id = a + "_T";
      g.approach = a;
      g.movements = new ArrayList<>(List.of("THROUGH", "RIGHT", "LEFT"));
      f.groups.add(g);
    }
    f.phases.add(phase("NS", "N_T", "S_T"));
    f.phases.add(phase("EW", "E_T", "W_T"));
    return f;
  }

  private static PhaseRow phase(String name, String... groups) {
    PhaseRow p = new PhaseRow();
    p.name = name;
    p.laneGroups = new ArrayList<>(List.of(groups));
    return p;
  }

  public static IntersectionForm of(IntersectionDefinition d) {
    IntersectionForm f = new IntersectionForm();
    f.id = d.id();
    f.name = d.name();
    if (d.location() != null) {
      f.latitude = d.location().latitude();
      f.longitude = d.location().longitude();
    }
    TimingData t = d.timing();
    f.minGreen = t.minGreen();
    f.maxGreen = t.maxGreen();
    f.yellow = t.yellow();
    f.allRed = t.allRed();
    f.cycleMin = t.cycleMin();
    f.cycleMax = t.cycleMax();
    for (LaneGroupData g : d.laneGroups()) {
      Group row = new Group();
      row.id = g.id();
      row.approach = g.approach();
      row.movements = new ArrayList<>(g.movements());
      row.lanes = g.lanes();
      row.saturationFlow = g.saturationFlow();
      f.groups.add(row);
    }
    for (PhaseData p : d.phases()) {
      f.phases.add(phase(p.name(), p.laneGroups().toArray(String[]::new)));
    }
    return f;
  }

  public IntersectionDefinition toDefinition(Long version) {
    LocationData location =
        latitude == null && longitude == null ? null : new LocationData(latitude, longitude);
    return new IntersectionDefinition(
        blankToNull(id),
        blankToNull(name),
        location,
        new TimingData(minGreen, maxGreen, yellow, allRed, cycleMin, cycleMax),
        groups.stream()
            .map(
                g ->
                    new LaneGroupData(
                        blankToNull(g.id), g.approach, g.movements, g.lanes, g.saturationFlow))
            .toList(),
        phases.stream().map(p -> new PhaseData(blankToNull(p.name), p.laneGroups)).toList(),
        version,
        null,
        null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public List<String> getGroupIds() {
    return groups.stream().map(Group::getId).filter(s -> s != null && !s.isBlank()).toList();
  }

  public List<Group> getGroups() {
    return groups;
  }

  public List<PhaseRow> getPhases() {
    return phases;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public Integer getMinGreen() {
    return minGreen;
  }

  public void setMinGreen(Integer minGreen) {
    this.minGreen = minGreen;
  }

  public Integer getMaxGreen() {
    return maxGreen;
  }

  public void setMaxGreen(Integer maxGreen) {
    this.maxGreen = maxGreen;
  }

  public Integer getYellow() {
    return yellow;
  }

  public void setYellow(Integer yellow) {
    this.yellow = yellow;
  }

  public Integer getAllRed() {
    return allRed;
  }

  public void setAllRed(Integer allRed) {
    this.allRed = allRed;
  }

  public Integer getCycleMin() {
    return cycleMin;
  }

  public void setCycleMin(Integer cycleMin) {
    this.cycleMin = cycleMin;
  }

  public Integer getCycleMax() {
    return cycleMax;
  }

  public void setCycleMax(Integer cycleMax) {
    this.cycleMax = cycleMax;
  }
}
