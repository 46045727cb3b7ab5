package io.greenwave.network.control;

import io.greenwave.network.entity.Approach;
import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.network.entity.IntersectionDefinition.LocationData;
import io.greenwave.network.entity.IntersectionDefinition.PhaseData;
import io.greenwave.network.entity.IntersectionDefinition.TimingData;
import io.greenwave.network.entity.LaneGroup;
import io.greenwave.network.entity.Phase;
import io.greenwave.network.entity.TimingLimits;
import java.util.List;

/**
 * Between the definition engineers write and the stored intersection. Assumes a checked definition.
 */
public final class IntersectionMapping {
  /** Saturation flow per lane when none is given (reference: 1800 veh/h/lane, a 2 s headway). */
  public static final int DEFAULT_SATURATION_FLOW = 1800;

  private IntersectionMapping() {}

  public static void apply(IntersectionDefinition d, Intersection target) {
    List<LaneGroup> groups =
        d.laneGroups().stream()
            .map(
                g ->
                    new LaneGroup(
                        g.id(),
                        Approach.valueOf(g.approach().trim().toUpperCase()),
                        IntersectionRules.movementsOf(g.movements()),
                        g.lanes(),
                        g.saturationFlow() == null ? DEFAULT_SATURATION_FLOW : g.saturationFlow()))
            .toList();
    List<Phase> phases = d.phases().stream().map(p -> new Phase(p.name(), p.laneGroups())).toList();
    Double lat = d.location() == null ? null : d.location().latitude();
    Double lon = d.location() == null ? null : d.location().longitude();
    target.redefine(
        d.name().trim(), lat, lon, TimingDefaults.resolve(d.timing()).toLimits(), groups, phases);
  }

  public static IntersectionDefinition toDefinition(Intersection i) {
    TimingLimits t = i.timing();
    return new IntersectionDefinition(
        i.id(),
        i.name(),
        i.latitude() == null ? null : new LocationData(i.latitude(), i.longitude()),
        new TimingData(
            t.minGreen(), t.maxGreen(), t.yellow(), t.allRed(), t.cycleMin(), t.cycleMax()),
        i.laneGroups().stream()
            .map(
                g ->
                    new LaneGroupData(
                        g.id(),
                        g.approach().name(),
                        g.movements().stream().map(Enum::name).toList(),
                        g.lanes(),
                        g.saturationFlowPerLane()))
            .toList(),
        i.phases().stream().map(p -> new PhaseData(p.name(), p.laneGroups())).toList(),
        i.version(),
        i.createdAt(),
        i.updatedAt());
  }
}
