package io.greenwave.streaming.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.streaming.entity.EventTypes;
import io.greenwave.streaming.entity.Format;
import io.greenwave.streaming.entity.Subscription;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading subscriptions from clients, and refusing bad ones by field. */
class SubscriptionsTest {
  @Test
  void absentOrAllMeansEverything() {
    Subscription s = Subscriptions.ofQuery("all", null, null);
    assertNull(s.intersections());
    assertEquals(Set.copyOf(EventTypes.ALL), s.types());
    assertEquals(Format.DASHBOARD, s.format());
  }

  @Test
  void commaSeparatedQueryParameters() {
    Subscription s = Subscriptions.ofQuery("I-1, I-2", "metrics,readings", "table");
    assertEquals(Set.of("I-1", "I-2"), s.intersections());
    assertEquals(Set.of("metrics", "readings"), s.types());
    assertEquals(Format.TABLE, s.format());
  }

  @Test
  void badInputNamesTheField() {
    assertEquals("events", fieldOf(() -> Subscriptions.of(null, List.of("weather"), null)));
    assertEquals("format", fieldOf(() -> Subscriptions.of(null, null, "pie")));
    assertEquals("intersections", fieldOf(() -> Subscriptions.of(List.of(), null, null)));
    assertEquals("events", fieldOf(() -> Subscriptions.of(null, List.of(), null)));
  }

  private static String fieldOf(Runnable r) {
    ProblemException e = assertThrows(ProblemException.class, r::run);
    assertEquals(400, e.status());
    return e.errors().get(0).field();
  }
}
