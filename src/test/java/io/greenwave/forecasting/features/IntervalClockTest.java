package io.greenwave.forecasting.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IntervalClockTest {
  @Test
  void fixedOffsetArithmeticAgreesWithTheCalendar() {
    IntervalClock utc = new IntervalClock(900, ZoneOffset.UTC);
    IntervalClock plus2 = new IntervalClock(900, ZoneOffset.ofHours(2));
    IntervalClock berlin = new IntervalClock(900, ZoneId.of("Europe/Berlin"));
    for (long slot = 1_900_000; slot < 1_900_000 + 2000; slot += 7) {
      assertEquals(utc.local(slot).getDayOfWeek(), utc.dayOfWeek(slot));
      assertEquals(utc.local(slot).toLocalTime().toSecondOfDay() / 900, utc.slotOfDay(slot));
      assertEquals(plus2.local(slot).getDayOfWeek(), plus2.dayOfWeek(slot));
      assertEquals(plus2.local(slot).toLocalTime().toSecondOfDay() / 900, plus2.slotOfDay(slot));
      assertEquals(
          berlin.local(slot).getHour() * 4 + berlin.local(slot).getMinute() / 15,
          berlin.slotOfDay(slot));
    }
    assertEquals(96, utc.slotsPerDay());
    assertEquals(slotOf(utc), utc.slot(utc.start(slotOf(utc))));
  }

  private static long slotOf(IntervalClock c) {
    return 1_234_567;
  }
}
