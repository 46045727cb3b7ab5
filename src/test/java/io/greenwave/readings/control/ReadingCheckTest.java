package io.greenwave.readings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ReadingCheckTest {
  final ReadingCheck check =
      new ReadingCheck(Map.of("N_T", 2, "E_L", 1), Instant.parse("2026-11-28T12:00:00Z"));

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> fields(ReadingCheck.Outcome o) {
    return o.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aJsonReadingBecomesAReadingWithDefaults() {
    List<CandidateRow> rows =
        ReadingBodyParser.json(
            bytes(
                "[{\"laneGroup\":\"N_T\",\"intervalStart\":\"2026-11-28T08:00:00+01:00\",\"vehicleCount\":120}]"),
            10);
    ReadingCheck.Outcome o = check.check(rows.get(0));
    assertTrue(o.ok(), o.errors()::toString);
    assertEquals(900, o.reading().intervalSeconds());
    assertEquals(Instant.parse("2026-11-28T07:00:00Z"), o.reading().intervalStart().toInstant());
    assertEquals(480.0, o.reading().flowPerHour());
  }

  @Test
  void everyProblemOfARowIsReportedWithItsField() {
    CandidateRow row =
        ReadingBodyParser.json(
                bytes(
                    "[{\"laneGroup\":\"S_T\",\"intervalStart\":\"2026-12-01T00:00:00Z\",\"intervalSeconds\":700,"
                        + "\"vehicleCount\":1.5,\"occupancy\":140,\"meanSpeed\":true,\"colour\":\"red\"}]"),
                10)
            .get(0);
    ReadingCheck.Outcome o = check.check(row);
    assertEquals(1, o.row());
    assertTrue(
        fields(o)
            .containsAll(
                List.of(
                    "laneGroup",
                    "intervalStart",
                    "intervalSeconds",
                    "vehicleCount",
                    "occupancy",
                    "meanSpeed",
                    "colour")),
        o.errors()::toString);
  }

  @Test
  void countsAboveWhatTheLanesCanCarryAreImpossible() {
    CandidateRow row =
        new CandidateRow(
            3,
            Map.of(
                "laneGroup",
                "E_L",
                "intervalStart",
                "2026-11-28T08:00:00Z",
                "intervalSeconds",
                "300",
                "vehicleCount",
                "301"));
    ReadingCheck.Outcome o = check.check(row);
    assertEquals(List.of("vehicleCount"), fields(o));
    assertTrue(o.errors().get(0).message().contains("at most 300"));
  }

  @Test
  void hugeNumbersAreRefusedNotOverflowed() {
    CandidateRow row =
        new CandidateRow(
            1,
            Map.of(
                "laneGroup",
                "N_T",
                "intervalStart",
                "2026-11-28T08:00:00Z",
                "vehicleCount",
                "99999999999999999999",
                "meanQueue",
                "1e999"));
    assertEquals(List.of("vehicleCount", "meanQueue"), fields(check.check(row)));
  }

  @Test
  void csvRowsAreNumberedAfterTheHeaderAndColumnsMayComeInAnyOrder() {
    List<CandidateRow> rows =
        ReadingBodyParser.csv(
            bytes(
                "vehicleCount,laneGroup,intervalStart\n10,N_T,2026-11-28T08:00:00Z\n\n11,N_T,2026-11-28T08:15:00Z\n"),
            10);
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(1).row());
    assertTrue(check.check(rows.get(1)).ok());
  }

  @Test
  void structuralProblemsRefuseTheWholeBody() {
    assertStatus(400, () -> ReadingBodyParser.csv(bytes("lane,when\nN_T,x\n"), 10));
    assertStatus(400, () -> ReadingBodyParser.json(bytes("{\"a\":1}"), 10));
    assertStatus(413, () -> ReadingBodyParser.json(bytes("[{},{},{}]"), 2));
    byte[] latin1 =
        "laneGroup,intervalStart,vehicleCount\nN_\u00c4,x,1\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertStatus(400, () -> ReadingBodyParser.csv(new ByteArrayInputStream(latin1), 10));
  }

  static void assertStatus(int status, Executable e) {
    try {
      e.execute();
    } catch (ProblemException p) {
      assertEquals(status, p.status());
      return;
    } catch (Throwable t) {
      throw new AssertionError("expected a problem " + status + " but got " + t, t);
    }
    throw new AssertionError("expected a problem " + status);
  }
}
