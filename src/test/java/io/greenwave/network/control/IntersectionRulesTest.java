package io.greenwave.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.demo.control.DemoNetwork;
import io.greenwave.network.entity.IntersectionDefinition;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.network.entity.IntersectionDefinition.PhaseData;
import io.greenwave.network.entity.IntersectionDefinition.TimingData;
import io.greenwave.platform.entity.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntersectionRulesTest {
  static List<LaneGroupData> groups() {
    return List.of(
        new LaneGroupData("N_T", "N", List.of("THROUGH", "RIGHT"), 2, 1800),
        new LaneGroupData("N_L", "N", List.of("LEFT"), 1, null),
        new LaneGroupData("S_T", "S", List.of("THROUGH", "RIGHT"), 2, 1800),
        new LaneGroupData("E_T", "E", List.of("THROUGH", "LEFT", "RIGHT"), 1, 1800),
        new LaneGroupData("W_R", "W", List.of("RIGHT"), 1, 1800));
  }

  static IntersectionDefinition definition(
      List<LaneGroupData> groups, List<PhaseData> phases, TimingData timing) {
    return new IntersectionDefinition("x-1", "X", null, timing, groups, phases, null, null, null);
  }

  static List<PhaseData> goodPhases() {
    return List.of(
        new PhaseData("NS", List.of("N_T", "N_L", "S_T", "W_R")),
        new PhaseData("EW", List.of("E_T")));
  }

  static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void aSoundDefinitionPasses() {
    assertEquals(
        List.of(), IntersectionRules.check(definition(groups(), goodPhases(), null), null));
  }

  @Test
  void everyDemoIntersectionIsSound() {
    DemoNetwork.intersections()
        .forEach(i -> assertEquals(List.of(), IntersectionRules.check(i.definition(), null)));
  }

  @Test
  void crossingThroughMovementsConflictButRightTurnsAndOpposingLeftsDoNot() {
    List<FieldError> errors =
        IntersectionRules.check(
            definition(
                groups(),
                List.of(
                    new PhaseData("bad", List.of("N_T", "E_T")),
                    new PhaseData("rest", List.of("N_L", "S_T", "W_R"))),
                null),
            null);
    assertEquals(List.of("phases[0].laneGroups"), fields(errors));
    assertTrue(errors.get(0).message().contains("N_T and E_T conflict"));
  }

  @Test
  void unknownAndUnservedLaneGroupsAreNamed() {
    List<FieldError> errors =
        IntersectionRules.check(
            definition(
                groups(),
                List.of(
                    new PhaseData("NS", List.of("N_T", "S_T", "Q_Q")),
                    new PhaseData("EW", List.of("E_T"))),
                null),
            null);
    assertTrue(errors.stream().anyMatch(e -> e.message().contains("unknown lane group 'Q_Q'")));
    assertTrue(errors.stream().anyMatch(e -> e.message().contains("'N_L' is in no phase")));
    assertTrue(errors.stream().anyMatch(e -> e.message().contains("'W_R' is in no phase")));
  }

  @Test
  void timingLimitsMustFitTogether() {
    List<FieldError> errors =
        IntersectionRules.check(
            definition(groups(), goodPhases(), new TimingData(70, 60, 3, 2, 40, 30)), null);
    assertTrue(fields(errors).containsAll(List.of("timing.minGreen", "timing.cycleMin")));
    List<FieldError> tooShort =
        IntersectionRules.check(
            definition(groups(), goodPhases(), new TimingData(20, 60, 5, 2, 30, 40)), null);
    assertEquals(List.of("timing.cycleMax"), fields(tooShort));
  }

  @Test
  void absurdValuesAndDuplicatesAreRefused() {
    List<LaneGroupData> bad = new ArrayList<>(groups());
    bad.set(1, new LaneGroupData("N_T", "Q", List.of("SIDEWAYS"), -1, 99_999));
    List<FieldError> errors = IntersectionRules.check(definition(bad, goodPhases(), null), null);
    assertTrue(
        fields(errors)
            .containsAll(
                List.of(
                    "laneGroups[1].id",
                    "laneGroups[1].approach",
                    "laneGroups[1].movements",
                    "laneGroups[1].lanes",
                    "laneGroups[1].saturationFlow")),
        errors::toString);
  }

  @Test
  void identityAndLocationAreChecked() {
    IntersectionDefinition d =
        new IntersectionDefinition(
            "bad id!",
            " ",
            new IntersectionDefinition.LocationData(91.0, 0.0),
            null,
            groups(),
            goodPhases(),
            null,
            null,
            null);
    assertTrue(
        fields(IntersectionRules.check(d, null))
            .containsAll(List.of("id", "name", "location.latitude")));
    IntersectionDefinition other = definition(groups(), goodPhases(), null);
    assertEquals(List.of("id"), fields(IntersectionRules.check(other, "y-2")));
  }
}
