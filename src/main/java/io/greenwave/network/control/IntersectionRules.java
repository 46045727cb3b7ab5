package io.greenwave.network.control;

import io.greenwave.network.entity.Approach;
import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.network.entity.IntersectionDefinition.PhaseData;
import io.greenwave.network.entity.IntersectionDefinition.TimingData;
import io.greenwave.network.entity.Movement;
import io.greenwave.platform.entity.FieldError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes an intersection definition one that a signal can safely run: known and unique lane
 * groups, every lane group served by some phase, no phase that gives green to crossing movements,
 * and timing limits that fit together. Returns every problem at once, each with its field.
 */
public final class IntersectionRules {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  static final Pattern LANE_GROUP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{0,31}");
  static final int MAX_LANE_GROUPS = 32;
  static final int MAX_PHASES = 12;

  private final List<FieldError> errors = new ArrayList<>();

  private IntersectionRules() {}

  /**
   * @param definition the definition to check
   * @param idFromPath the id in the URL of an update, or null on create
   * @return every violated rule; empty when the definition is sound
   */
  public static List<FieldError> check(IntersectionDefinition definition, String idFromPath) {
    IntersectionRules rules = new IntersectionRules();
    if (definition == null) {
      return List.of(FieldError.of("body", "an intersection definition is required"));
    }
    rules.checkIdentity(definition, idFromPath);
    rules.checkLocation(definition);
    rules.checkTiming(definition.timing(), definition.phases());
    Map<String, LaneGroupData> groups = rules.checkLaneGroups(definition.laneGroups());
    rules.checkPhases(definition.phases(), groups);
    return List.copyOf(rules.errors);
  }

  private void checkIdentity(IntersectionDefinition d, String idFromPath) {
    if (d.id() == null || d.id().isBlank()) {
      if (idFromPath == null) {
        error("id", "is required");
      }
    } else if (!ID.matcher(d.id()).matches()) {
      error("id", "must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit");
    } else if (idFromPath != null && !idFromPath.equals(d.id())) {
      error("id", "must match the id in the URL ('" + idFromPath + "')");
    }
    if (d.name() == null || d.name().isBlank()) {
      error("name", "is required");
    } else if (d.name().length() > 200) {
      error("name", "must be at most 200 characters");
    }
  }

  private void checkLocation(IntersectionDefinition d) {
    if (d.location() == null) {
      return;
    }
    Double lat = d.location().latitude();
    Double lon = d.location().longitude();
    if (lat == null || lon == null) {
      error("location", "needs both latitude and longitude, or neither");
      return;
    }
    if (!(lat >= -90 && lat <= 90)) {
      error("location.latitude", "must be between -90 and 90 degrees");
    }
    if (!(lon >= -180 && lon <= 180)) {
      error("location.longitude", "must be between -180 and 180 degrees");
    }
  }

  private void checkTiming(TimingData t, List<PhaseData> phases) {
    if (t == null) {
      return;
    }
    TimingDefaults v = TimingDefaults.resolve(t);
    range("timing.minGreen", v.minGreen(), 1, 120);
    range("timing.maxGreen", v.maxGreen(), 5, 300);
    range("timing.yellow", v.yellow(), 2, 10);
    range("timing.allRed", v.allRed(), 0, 10);
    range("timing.cycleMin", v.cycleMin(), 10, 300);
    range("timing.cycleMax", v.cycleMax(), 10, 300);
    if (v.minGreen() > v.maxGreen()) {
      error(
          "timing.minGreen",
          "min green (" + v.minGreen() + " s) exceeds max green (" + v.maxGreen() + " s)");
    }
    if (v.cycleMin() > v.cycleMax()) {
      error(
          "timing.cycleMin",
          "cycle min (" + v.cycleMin() + " s) exceeds cycle max (" + v.cycleMax() + " s)");
    }
    if (phases != null && !phases.isEmpty()) {
      int shortest = phases.size() * (v.minGreen() + v.yellow() + v.allRed());
      if (shortest > v.cycleMax()) {
        error(
            "timing.cycleMax",
            "the shortest possible cycle ("
                + shortest
                + " s for "
                + phases.size()
                + " phases) exceeds cycle max ("
                + v.cycleMax()
                + " s)");
      }
    }
  }

  private Map<String, LaneGroupData> checkLaneGroups(List<LaneGroupData> laneGroups) {
    Map<String, LaneGroupData> byId = new HashMap<>();
    if (laneGroups == null || laneGroups.isEmpty()) {
      error("laneGroups", "at least one lane group is required");
      return byId;
    }
    if (laneGroups.size() > MAX_LANE_GROUPS) {
      error("laneGroups", "at most " + MAX_LANE_GROUPS + " lane groups");
    }
    for (int i = 0; i < laneGroups.size(); i++) {
      String at = "laneGroups[" + i + "]";
      LaneGroupData g = laneGroups.get(i);
      if (g == null) {
        error(at, "must not be null");
        continue;
      }
      if (g.id() == null || !LANE_GROUP_ID.matcher(g.id()).matches()) {
        error(at + ".id", "is required: 1-32 letters, digits or '_', e.g. N_T");
      } else if (byId.putIfAbsent(g.id(), g) != null) {
        error(at + ".id", "duplicate lane group id '" + g.id() + "'");
      }
      if (approachOf(g) == null) {
        error(at + ".approach", "must be one of N, E, S, W");
      }
      checkMovements(at, g.movements());
      if (g.lanes() == null) {
        error(at + ".lanes", "is required");
      } else {
        range(at + ".lanes", g.lanes(), 1, 8);
      }
      if (g.saturationFlow() != null) {
        range(at + ".saturationFlow", g.saturationFlow(), 600, 2400);
      }
    }
    return byId;
  }

  private void checkMovements(String at, List<String> movements) {
    if (movements == null || movements.isEmpty()) {
      error(at + ".movements", "at least one of THROUGH, LEFT, RIGHT");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (String m : movements) {
      if (movementOf(m) == null) {
        error(at + ".movements", "'" + m + "' is not one of THROUGH, LEFT, RIGHT");
      } else if (!seen.add(m.toUpperCase())) {
        error(at + ".movements", "'" + m + "' is listed twice");
      }
    }
  }

  private void checkPhases(List<PhaseData> phases, Map<String, LaneGroupData> groups) {
    if (phases == null || phases.size() < 2) {
      error("phases", "at least two phases are required");
      if (phases == null) {
        return;
      }
    }
    if (phases.size() > MAX_PHASES) {
      error("phases", "at most " + MAX_PHASES + " phases");
    }
    Set<String> served = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < phases.size(); i++) {
      String at = "phases[" + i + "]";
      PhaseData p = phases.get(i);
      if (p == null) {
        error(at, "must not be null");
        continue;
      }
      if (p.name() == null || p.name().isBlank() || p.name().length() > 64) {
        error(at + ".name", "is required, at most 64 characters");
      } else if (!names.add(p.name())) {
        error(at + ".name", "duplicate phase name '" + p.name() + "'");
      }
      checkPhaseGroups(at, p.laneGroups(), groups, served);
    }
    groups.keySet().stream()
        .filter(id -> !served.contains(id))
        .sorted()
        .forEach(id -> error("laneGroups", "lane group '" + id + "' is in no phase"));
  }

  private void checkPhaseGroups(
      String at, List<String> ids, Map<String, LaneGroupData> groups, Set<String> served) {
    if (ids == null || ids.isEmpty()) {
      error(at + ".laneGroups", "a phase needs at least one lane group");
      return;
    }
    List<LaneGroupData> members = new ArrayList<>();
    Set<String> inPhase = new HashSet<>();
    for (String id : ids) {
      LaneGroupData g = groups.get(id);
      if (g == null) {
        error(at + ".laneGroups", "unknown lane group '" + id + "'");
      } else if (!inPhase.add(id)) {
        error(at + ".laneGroups", "lane group '" + id + "' is listed twice");
      } else {
        served.add(id);
        members.add(g);
      }
    }
    for (int a = 0; a < members.size(); a++) {
      for (int b = a + 1; b < members.size(); b++) {
        if (conflict(members.get(a), members.get(b))) {
          error(
              at + ".laneGroups",
              members.get(a).id()
                  + " and "
                  + members.get(b).id()
                  + " conflict: crossing movements cannot be green together");
        }
      }
    }
  }

  /**
   * Two lane groups conflict when they come from perpendicular approaches and both cross the
   * junction (through or left). Right turns merge and yield, and a left turn beside the opposing
   * through is a permitted movement, so neither counts as a conflict.
   */
  static boolean conflict(LaneGroupData a, LaneGroupData b) {
    Approach x = approachOf(a);
    Approach y = approachOf(b);
    if (x == null || y == null || !x.isPerpendicularTo(y)) {
      return false;
    }
    return crosses(a) && crosses(b);
  }

  private static boolean crosses(LaneGroupData g) {
    Set<Movement> m = movementsOf(g.movements());
    return m.contains(Movement.THROUGH) || m.contains(Movement.LEFT);
  }

  static Approach approachOf(LaneGroupData g) {
    if (g.approach() == null) {
      return null;
    }
    try {
      return Approach.valueOf(g.approach().trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Movement movementOf(String m) {
    if (m == null) {
      return null;
    }
    try {
      return Movement.valueOf(m.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Set<Movement> movementsOf(List<String> names) {
    EnumSet<Movement> set = EnumSet.noneOf(Movement.class);
    if (names != null) {
      names.stream().map(IntersectionRules::movementOf).filter(m -> m != null).forEach(set::add);
    }
    return set;
  }

  private void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      error(field, "must be between " + min + " and " + max + " (was " + value + ")");
    }
  }

  private void error(String field, String message) {
    errors.add(FieldError.of(field, message));
  }
}
