package io.greenwave.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.demo.control.DemandHistory.Anomalies;
import io.greenwave.readings.entity.Reading;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandHistoryTest {
  static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 2, 0, 0, 0, 0, ZoneOffset.UTC);

  static List<Reading> week(long seed) {
    return new DemandHistory(700, 2, 1800, 'N', seed)
        .generate("N_T", MONDAY, MONDAY.plusWeeks(1), 900, Anomalies.none());
  }

  static double meanCount(List<Reading> rs, DayOfWeek day, int hour) {
    return rs.stream()
        .filter(r -> r.intervalStart().getDayOfWeek() == day && r.intervalStart().getHour() == hour)
        .mapToInt(Reading::vehicleCount)
        .average()
        .orElseThrow();
  }

  @Test
  void weekdaysHaveMorningAndEveningPeaksAboveTheNight() {
    List<Reading> rs = week(1);
    assertEquals(7 * 96, rs.size());
    double am = meanCount(rs, DayOfWeek.TUESDAY, 8);
    double pm = meanCount(rs, DayOfWeek.TUESDAY, 17);
    double night = meanCount(rs, DayOfWeek.TUESDAY, 3);
    double noon = meanCount(rs, DayOfWeek.TUESDAY, 13);
    assertTrue(am > 140 && am < 200, "AM peak quarter-hour near 700/4: " + am);
    assertTrue(pm > noon && am > noon, "peaks above midday");
    assertTrue(night < am / 5, "night is quiet");
  }

  @Test
  void weekendsAreLowerAndPeakAtMidday() {
    List<Reading> rs = week(2);
    assertTrue(meanCount(rs, DayOfWeek.SATURDAY, 8) < meanCount(rs, DayOfWeek.TUESDAY, 8) / 1.5);
    assertTrue(meanCount(rs, DayOfWeek.SATURDAY, 13) > meanCount(rs, DayOfWeek.SATURDAY, 8));
  }

  @Test
  void theSameSeedGivesTheSameHistory() {
    assertEquals(week(7), week(7));
    assertTrue(!week(7).equals(week(8)));
  }

  @Test
  void anOutageLeavesAGapAndAnIncidentCutsFlowAndRaisesQueues() {
    DemandHistory.Window tuesdayMorning =
        new DemandHistory.Window(MONDAY.plusDays(1).plusHours(7), MONDAY.plusDays(1).plusHours(10));
    List<Reading> withOutage =
        new DemandHistory(700, 2, 1800, 'N', 1)
            .generate("N_T", MONDAY, MONDAY.plusWeeks(1), 900, new Anomalies(null, tuesdayMorning));
    assertEquals(7 * 96 - 12, withOutage.size());
    List<Reading> withIncident =
        new DemandHistory(700, 2, 1800, 'N', 1)
            .generate("N_T", MONDAY, MONDAY.plusWeeks(1), 900, new Anomalies(tuesdayMorning, null));
    List<Reading> normal = week(1);
    assertTrue(
        meanCount(withIncident, DayOfWeek.TUESDAY, 8)
            < meanCount(normal, DayOfWeek.TUESDAY, 8) * 0.6);
    double queue =
        withIncident.stream()
            .filter(
                r ->
                    r.intervalStart().getDayOfWeek() == DayOfWeek.TUESDAY
                        && r.intervalStart().getHour() == 8)
            .mapToDouble(Reading::meanQueue)
            .average()
            .orElseThrow();
    double normalQueue =
        normal.stream()
            .filter(
                r ->
                    r.intervalStart().getDayOfWeek() == DayOfWeek.TUESDAY
                        && r.intervalStart().getHour() == 8)
            .mapToDouble(Reading::meanQueue)
            .average()
            .orElseThrow();
    assertTrue(queue > normalQueue * 1.5, queue + " vs " + normalQueue);
  }
}
