package io.greenwave.ml.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.ml.entity.ActiveModel;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.platform.entity.ProblemException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelComparisonsTest {
  static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  /** A registry of a few versions in memory; the policies need no readings or artifacts. */
  static class Versions extends ModelRegistry {
    final Map<String, ModelVersion> byId = new LinkedHashMap<>();

    @Override
    public Optional<ModelVersion> find(String modelId) {
      return Optional.ofNullable(byId.get(modelId));
    }

    @Override
    public Optional<ActiveModel> slot(String intersectionId, ModelKind kind) {
      return Optional.empty();
    }

    @Override
    public List<ModelDeployment> history(String intersectionId, ModelKind kind) {
      return List.of();
    }
  }

  final Versions registry = new Versions();
  final ModelComparisons comparisons = new ModelComparisons();

  ModelComparisonsTest() {
    comparisons.registry = registry;
    add("p1", "art-2", ModelKind.POLICY, 1, "{\"meanDelay\":20.0,\"delayRatioVsFixed\":0.7}", 7);
    add("p2", "art-2", ModelKind.POLICY, 2, "{\"meanDelay\":30.0,\"delayRatioVsFixed\":0.9}", 8);
    add("f1", "art-2", ModelKind.FORECASTER, 1, "{\"wape\":0.1}", 7);
    add("x1", "art-1", ModelKind.POLICY, 1, "{\"meanDelay\":25.0}", 7);
  }

  void add(String id, String intersection, ModelKind kind, int n, String metrics, long seed) {
    registry.byId.put(
        id,
        new ModelVersion(
            id,
            n,
            new ModelVersion.Lineage(
                intersection,
                kind,
                "POLICY_SEARCH",
                "{\"episodes\":" + (n * 100) + ",\"discount\":0.9}",
                T0,
                T0.plusDays(7),
                null,
                seed,
                metrics,
                "{\"fixed\":28.0}",
                1000,
                2.5,
                "admin",
                "job-" + id),
            T0.plusDays(n)));
  }

  @Test
  void saysPerMetricWhichVersionIsBetterAndByHowMuch() {
    ModelComparisons.Comparison c = comparisons.compare("art-2", "p1", "p2");
    ModelComparisons.MetricRow delay = row(c, "meanDelay");
    assertEquals(10.0, delay.difference(), 1e-9);
    assertEquals(0.5, delay.relativeChange(), 1e-9);
    assertEquals("a", delay.better(), "lower delay is better");
    ModelComparisons.MetricRow baseline = row(c, "baseline fixed");
    assertNull(baseline.better(), "a baseline is context, not a contest");
    assertFalse(c.gate().passed(), "v2 is worse than v1 and than fixed-time");
    assertEquals("bar", c.chart().type());
    assertEquals(
        java.util.Arrays.asList(20.0, 28.0, null, null), c.chart().series().get(0).values());
  }

  @Test
  void marksTheSettingsThatDiffer() {
    ModelComparisons.Comparison c = comparisons.compare("art-2", "p1", "p2");
    Map<String, Boolean> differs = new LinkedHashMap<>();
    c.settings().forEach(s -> differs.put(s.name(), s.differs()));
    assertTrue(differs.get("episodes"));
    assertTrue(differs.get("seed"));
    assertFalse(differs.get("discount"));
    assertFalse(differs.get("algorithm"));
    assertTrue(c.lineage().stream().anyMatch(l -> l.name().equals("training job") && l.differs()));
  }

  @Test
  void refusesBadPairsNamingTheField() {
    assertField(400, "b", () -> comparisons.compare("art-2", "p1", null));
    assertField(400, "a", () -> comparisons.compare("art-2", " ", "p1"));
    assertField(404, "a", () -> comparisons.compare("art-2", "nope", "p1"));
    assertField(400, "b", () -> comparisons.compare("art-2", "p1", "p1"));
    assertField(400, "b", () -> comparisons.compare("art-2", "p1", "f1"));
    assertField(400, "b", () -> comparisons.compare("art-2", "p1", "x1"));
  }

  static void assertField(int status, String field, Runnable call) {
    ProblemException e = assertThrows(ProblemException.class, call::run);
    assertEquals(status, e.status(), e.getMessage());
    assertEquals(field, e.errors().get(0).field(), e.getMessage());
  }

  static ModelComparisons.MetricRow row(ModelComparisons.Comparison c, String name) {
    return c.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }
}
