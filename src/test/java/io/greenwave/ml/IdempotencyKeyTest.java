package io.greenwave.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.ml.entity.IdempotencyKey;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.TrainingJob;
import io.greenwave.platform.entity.ProblemException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rules of a training request's {@code Idempotency-Key}: what a key may be, what repeats. */
class IdempotencyKeyTest {

  @Test
  void absentHeaderIsNoKey() {
    assertNull(IdempotencyKey.ofHeader(null));
  }

  @Test
  void keyIsTrimmedAndKeptExactly() {
    assertEquals("Ab-12 x", IdempotencyKey.ofHeader("  Ab-12 x ").value());
    assertEquals(
        "0b5c1c0e-7c9a-4f7e-9a55-0b0f3b7c2d11",
        IdempotencyKey.ofHeader("0b5c1c0e-7c9a-4f7e-9a55-0b0f3b7c2d11").value());
  }

  @Test
  void badKeysAreRefusedNamingTheHeader() {
    for (String bad : new String[] {"", "   ", "x".repeat(201), "caf\u00e9", "a\tb"}) {
      ProblemException e =
          assertThrows(ProblemException.class, () -> IdempotencyKey.ofHeader(bad), bad);
      assertEquals(400, e.status());
      assertEquals("Idempotency-Key", e.errors().get(0).field());
    }
    assertEquals(200, IdempotencyKey.ofHeader("x".repeat(200)).value().length());
  }

  @Test
  void aRepeatIsTheSameIntersectionKindAndSettings() {
    TrainingJob job =
        new TrainingJob(
                "job-1",
                "iso-1",
                ModelKind.POLICY,
                "{\"intersectionId\":\"iso-1\",\"seed\":7}",
                "admin",
                OffsetDateTime.now(ZoneOffset.UTC))
            .withIdempotencyKey("k-1");
    assertEquals("k-1", job.idempotencyKey());
    assertTrue(
        job.sameRequestAs("iso-1", ModelKind.POLICY, "{\"intersectionId\":\"iso-1\",\"seed\":7}"));
    assertFalse(
        job.sameRequestAs("iso-1", ModelKind.POLICY, "{\"intersectionId\":\"iso-1\",\"seed\":8}"));
    assertFalse(
        job.sameRequestAs(
            "iso-1", ModelKind.FORECASTER, "{\"intersectionId\":\"iso-1\",\"seed\":7}"));
    assertFalse(
        job.sameRequestAs("iso-2", ModelKind.POLICY, "{\"intersectionId\":\"iso-1\",\"seed\":7}"));
  }
}
