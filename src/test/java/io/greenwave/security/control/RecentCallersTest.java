package io.greenwave.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.security.entity.Caller;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentCallersTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final AtomicLong now = new AtomicLong(1_000 * SECOND);
  private final AtomicInteger lookUps = new AtomicInteger();
  private Optional<Caller> stored = Optional.of(new Caller("alice", Set.of("operator"), null));

  private final Function<String, Optional<Caller>> store =
      subject -> {
        lookUps.incrementAndGet();
        return stored;
      };

  @Test
  void aSubjectIsLookedUpOncePerInterval() {
    RecentCallers recent = new RecentCallers(2 * SECOND, 10, now::get);
    for (int i = 0; i < 100; i++) {
      assertEquals("alice", recent.get("alice", store).orElseThrow().name());
    }
    assertEquals(1, lookUps.get());
    now.addAndGet(2 * SECOND);
    recent.get("alice", store);
    assertEquals(2, lookUps.get());
  }

  @Test
  void aDisabledUserIsRefusedOnceTheIntervalHasPassed() {
    RecentCallers recent = new RecentCallers(2 * SECOND, 10, now::get);
    recent.get("alice", store);
    stored = Optional.empty();
    now.addAndGet(SECOND);
    assertTrue(recent.get("alice", store).isPresent(), "still trusted within the interval");
    now.addAndGet(SECOND);
    assertTrue(recent.get("alice", store).isEmpty());
  }

  @Test
  void forgettingMakesTheNextRequestLookUpAgain() {
    RecentCallers recent = new RecentCallers(2 * SECOND, 10, now::get);
    recent.get("alice", store);
    stored = Optional.empty();
    recent.forgetAll();
    assertTrue(recent.get("alice", store).isEmpty());
    assertEquals(2, lookUps.get());
  }

  @Test
  void anUnknownSubjectIsRememberedAsUnknown() {
    stored = Optional.empty();
    RecentCallers recent = new RecentCallers(2 * SECOND, 10, now::get);
    recent.get("ghost", store);
    recent.get("ghost", store);
    assertEquals(1, lookUps.get());
  }

  @Test
  void aZeroIntervalLooksUpEveryTime() {
    RecentCallers recent = new RecentCallers(0, 10, now::get);
    recent.get("alice", store);
    recent.get("alice", store);
    assertEquals(2, lookUps.get());
    assertEquals(0, recent.size());
  }

  @Test
  void memoryStaysWithinItsCapacity() {
    RecentCallers recent = new RecentCallers(2 * SECOND, 3, now::get);
    for (int i = 0; i < 10; i++) {
      recent.get("user" + i, store);
    }
    assertTrue(recent.size() <= 3, "size " + recent.size());
  }
}
