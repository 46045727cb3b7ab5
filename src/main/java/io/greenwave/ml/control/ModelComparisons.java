package io.greenwave.ml.control;

import io.greenwave.forecasting.BacktestPoint;
import io.greenwave.ml.entity.ActiveModel;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.control.Resolution;
import io.greenwave.readings.entity.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two versions of one intersection's model side by side, as an engineer weighs a candidate against
 * the active version before a deploy: their metrics with the difference and which is better, their
 * settings with the differences marked, their lineage, the deploy gate's verdict if B replaced A,
 * and a chart of both on the same data (forecasters: a replay over the last day of the newer data
 * window; policies: the held-out-seed evaluation against the classic controllers). The API and the
 * console's Models page both answer from here.
 */
@ApplicationScoped
public class ModelComparisons {
  /** How much of the newer data window the forecasters are replayed over. */
  static final Duration REPLAY_WINDOW = Duration.ofDays(1);

  @Inject ModelRegistry registry;
  @Inject LoadedModels models;
  @Inject ReadingStore readings;

  /** One of the two versions. */
  public record Side(String id, int version, String algorithm, boolean active)
      implements Serializable {
    public String label() {
      return "v" + version;
    }
  }

  /**
   * One metric of both versions. {@code difference} is B − A, {@code relativeChange} (B − A) / |A|;
   * {@code better} is {@code "a"}, {@code "b"}, {@code "equal"} or null where the metric has no
   * better side (context such as the number of hold-out rows); {@code rule} says why.
   */
  public record MetricRow(
      String name,
      Double a,
      Double b,
      Double difference,
      Double relativeChange,
      String better,
      String rule)
      implements Serializable {}

  /** One setting or lineage fact of both versions, as text; {@code differs} marks a difference. */
  public record SettingRow(String name, String a, String b, boolean differs)
      implements Serializable {}

  /** Series over shared labels; {@code type} is {@code line} or {@code bar}. */
  public record Chart(
      String type,
      String title,
      String yTitle,
      String note,
      List<String> labels,
      List<Series> series)
      implements Serializable {}

  /** One line or bar set of a chart; null where it has no value at that label. */
  public record Series(String name, List<Double> values) implements Serializable {}

  /**
   * The whole comparison. {@code gate} is the deploy gate's verdict if B replaced A. Serializable,
   * as all its parts: the Models page keeps it in its view-scoped bean, which a clustered session
   * carries to another node.
   */
  public record Comparison(
      String intersectionId,
      String kind,
      Side a,
      Side b,
      List<MetricRow> metrics,
      List<SettingRow> settings,
      List<SettingRow> lineage,
      DeployGate.Verdict gate,
      Chart chart)
      implements Serializable {}

  /**
   * Compares versions {@code aId} and {@code bId} of {@code intersectionId}. 400 naming {@code a}
   * or {@code b} when one is missing, the same, of another intersection or of another kind; 404
   * naming it when it does not exist.
   */
  public Comparison compare(String intersectionId, String aId, String bId) {
    ModelVersion a = version("a", aId, intersectionId);
    ModelVersion b = version("b", bId, intersectionId);
    if (a.id().equals(b.id())) {
      throw ProblemException.invalidField("b", "must be another version than a");
    }
    if (a.kind() != b.kind()) {
      throw ProblemException.invalidField(
          "b",
          "is a "
              + b.kind().label()
              + " and a is a "
              + a.kind().label()
              + ": compare two versions of one kind");
    }
    String activeId =
        registry.slot(intersectionId, a.kind()).map(ActiveModel::modelId).orElse(null);
    Map<String, Double> am = LineageJson.numbers(a.metrics());
    Map<String, Double> bm = LineageJson.numbers(b.metrics());
    Map<String, Double> ab = LineageJson.numbers(a.baselines());
    Map<String, Double> bb = LineageJson.numbers(b.baselines());
    List<MetricRow> metrics = new ArrayList<>();
    Chart chart;
    if (a.kind() == ModelKind.FORECASTER) {
      Replay replay = replay(a, b);
      metrics.addAll(forecasterRows(am, bm));
      metrics.addAll(replay.rows());
      chart = replay.chart();
    } else {
      metrics.addAll(policyRows(am, bm));
      chart = evaluationChart(a, b, am, bm, ab, bb);
    }
    for (String name : union(ab.keySet(), bb.keySet())) {
      metrics.add(row("baseline " + name, ab.get(name), bb.get(name), CONTEXT_BASELINE));
    }
    return new Comparison(
        intersectionId,
        a.kind().label(),
        side(a, activeId),
        side(b, activeId),
        metrics,
        settings(a, b),
        lineage(a, b),
        DeployGate.judge(a.kind(), bm, bb, am),
        chart);
  }

  private ModelVersion version(String field, String id, String intersectionId) {
    if (id == null || id.isBlank()) {
      throw ProblemException.invalidField(field, "is required: the id of a model version");
    }
    ModelVersion v =
        registry
            .find(id.trim())
            .orElseThrow(
                () ->
                    new ProblemException(
                        404,
                        "not-found",
                        "Not found",
                        field + ": model version '" + id + "' does not exist",
                        List.of(FieldError.of(field, "no such model version"))));
    if (!v.intersectionId().equals(intersectionId)) {
      throw ProblemException.invalidField(
          field,
          "belongs to intersection '" + v.intersectionId() + "', not '" + intersectionId + "'");
    }
    return v;
  }

  private static Side side(ModelVersion v, String activeId) {
    return new Side(v.id(), v.versionNumber(), v.algorithm(), v.id().equals(activeId));
  }

  // ----------------------------------------------------------------------------------- metrics

  private static final String LOWER = "lower is better";
  private static final String HIGHER = "higher is better";
  private static final String CONTEXT = "context";
  private static final String CONTEXT_BASELINE =
      "context: the baseline's result on the same evaluation";

  private static List<MetricRow> forecasterRows(Map<String, Double> a, Map<String, Double> b) {
    Map<String, String> rules = new LinkedHashMap<>();
    rules.put("wape", LOWER);
    rules.put("mae", LOWER);
    rules.put("rmse", LOWER);
    rules.put("r2", HIGHER);
    rules.put("accuracy", HIGHER);
    rules.put("maeSkillVsSeasonalNaive", HIGHER);
    rules.put("intervalCoverage", null); // judged against the nominal coverage below
    List<MetricRow> rows = new ArrayList<>();
    for (String name : ordered(rules.keySet(), a, b)) {
      if (name.equals("intervalCoverage")) {
        rows.add(coverageRow(a, b));
      } else {
        rows.add(row(name, a.get(name), b.get(name), rules.getOrDefault(name, CONTEXT)));
      }
    }
    return rows;
  }

  /** A prediction interval is good when it covers as often as it claims: closest to nominal. */
  private static MetricRow coverageRow(Map<String, Double> a, Map<String, Double> b) {
    Double ca = a.get("intervalCoverage");
    Double cb = b.get("intervalCoverage");
    Double na = a.get("nominalCoverage");
    Double nb = b.get("nominalCoverage");
    String better = null;
    if (ca != null && cb != null && na != null && nb != null) {
      better = judge(Math.abs(ca - na), Math.abs(cb - nb), true);
    }
    return new MetricRow(
        "intervalCoverage",
        ca,
        cb,
        difference(ca, cb),
        relative(ca, cb),
        better,
        "closer to the nominal coverage is better");
  }

  private static List<MetricRow> policyRows(Map<String, Double> a, Map<String, Double> b) {
    Map<String, String> rules = new LinkedHashMap<>();
    rules.put("meanDelay", LOWER);
    rules.put("delayRatioVsFixed", LOWER);
    rules.put("delayRatioVsBestAdaptive", LOWER);
    rules.put("pValueVsFixed", CONTEXT);
    rules.put("pValueVsBestAdaptive", CONTEXT);
    rules.put("evaluationSeeds", CONTEXT);
    List<MetricRow> rows = new ArrayList<>();
    for (String name : ordered(rules.keySet(), a, b)) {
      rows.add(row(name, a.get(name), b.get(name), rules.getOrDefault(name, CONTEXT)));
    }
    return rows;
  }

  /** The known metrics in their order, then any others either version has, as context. */
  private static Set<String> ordered(
      Set<String> known, Map<String, Double> a, Map<String, Double> b) {
    Set<String> names = new LinkedHashSet<>();
    for (String k : known) {
      if (a.containsKey(k) || b.containsKey(k)) {
        names.add(k);
      }
    }
    names.addAll(union(a.keySet(), b.keySet()));
    return names;
  }

  private static MetricRow row(String name, Double a, Double b, String rule) {
    String better = null;
    if (a != null && b != null && (LOWER.equals(rule) || HIGHER.equals(rule))) {
      better = judge(a, b, LOWER.equals(rule));
    }
    return new MetricRow(name, a, b, difference(a, b), relative(a, b), better, rule);
  }

  private static String judge(double a, double b, boolean lowerIsBetter) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return null;
    }
    if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
      return "equal";
    }
    return (a < b) == lowerIsBetter ? "a" : "b";
  }

  private static Double difference(Double a, Double b) {
    return a == null || b == null ? null : b - a;
  }

  private static Double relative(Double a, Double b) {
    return a == null || b == null || a == 0 ? null : (b - a) / Math.abs(a);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  // ---------------------------------------------------------------------- settings and lineage

  private static List<SettingRow> settings(ModelVersion a, ModelVersion b) {
    List<SettingRow> rows = new ArrayList<>();
    rows.add(setting("algorithm", a.algorithm(), b.algorithm()));
    rows.add(setting("seed", String.valueOf(a.seed()), String.valueOf(b.seed())));
    Map<String, String> ha = texts(a.hyperparameters());
    Map<String, String> hb = texts(b.hyperparameters());
    for (String name : union(ha.keySet(), hb.keySet())) {
      rows.add(setting(name, ha.get(name), hb.get(name)));
    }
    return rows;
  }

  private List<SettingRow> lineage(ModelVersion a, ModelVersion b) {
    List<ModelDeployment> history = registry.history(a.intersectionId(), a.kind());
    List<SettingRow> rows = new ArrayList<>();
    rows.add(setting("data from", text(a.dataFrom()), text(b.dataFrom())));
    rows.add(setting("data to", text(a.dataTo()), text(b.dataTo())));
    if (a.scenario() != null || b.scenario() != null) {
      rows.add(setting("scenario", a.scenario(), b.scenario()));
    }
    rows.add(
        setting(
            "active when trained",
            activeAt(history, a.createdAt()),
            activeAt(history, b.createdAt())));
    rows.add(setting("training job", a.trainingJobId(), b.trainingJobId()));
    rows.add(setting("created by", a.createdBy(), b.createdBy()));
    rows.add(setting("created at", text(a.createdAt()), text(b.createdAt())));
    rows.add(
        setting(
            "training seconds",
            String.format(java.util.Locale.ROOT, "%.1f", a.trainingSeconds()),
            String.format(java.util.Locale.ROOT, "%.1f", b.trainingSeconds())));
    rows.add(setting("size bytes", String.valueOf(a.sizeBytes()), String.valueOf(b.sizeBytes())));
    return rows;
  }

  /**
   * The version that served when this one was trained: what it was trained to replace. The history
   * is newest first; a rollback entry names the version it returned to, as a deploy names its own.
   */
  private String activeAt(List<ModelDeployment> newestFirst, OffsetDateTime when) {
    for (ModelDeployment d : newestFirst) {
      if (!d.at().isAfter(when)) {
        return registry.find(d.modelId()).map(v -> "v" + v.versionNumber()).orElse(d.modelId());
      }
    }
    return "none";
  }

  private static SettingRow setting(String name, String a, String b) {
    return new SettingRow(name, a, b, !Objects.equals(a, b));
  }

  private static String text(OffsetDateTime t) {
    return t == null ? null : t.toString();
  }

  private static Map<String, String> texts(String json) {
    Map<String, String> values = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return values;
    }
    JsonValue parsed = Json.createReader(new StringReader(json)).readValue();
    if (parsed instanceof JsonObject object) {
      object.forEach(
          (k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
    }
    return values;
  }

  // ------------------------------------------------------------------------------------ charts

  /** The held-out-seed evaluation: each version's mean delay beside the classic controllers'. */
  private static Chart evaluationChart(
      ModelVersion a,
      ModelVersion b,
      Map<String, Double> am,
      Map<String, Double> bm,
      Map<String, Double> ab,
      Map<String, Double> bb) {
    List<String> labels = List.of("learned policy", "fixed", "actuated", "maxPressure");
    List<Double> av = new ArrayList<>();
    List<Double> bv = new ArrayList<>();
    av.add(am.get("meanDelay"));
    bv.add(bm.get("meanDelay"));
    for (String baseline : labels.subList(1, labels.size())) {
      av.add(ab.get(baseline));
      bv.add(bb.get(baseline));
    }
    return new Chart(
        "bar",
        "Mean delay on held-out seeds",
        "mean delay (s/veh)",
        "Each version was evaluated with its own demand and seeds; the baselines show what the"
            + " classic controllers achieved on the same runs.",
        labels,
        List.of(new Series("v" + a.versionNumber(), av), new Series("v" + b.versionNumber(), bv)));
  }

  private record Replay(List<MetricRow> rows, Chart chart) {}

  /**
   * Both forecasters replayed over the same day, the last of the newer data window: it lies in the
   * hold-out of the newer version, and after the older one's data or within its last day, which is
   * in its hold-out too (hold-outs are at least two days), so neither saw it in training. Vehicles
   * are summed over lane groups per interval.
   */
  private Replay replay(ModelVersion a, ModelVersion b) {
    OffsetDateTime to = later(a.dataTo(), b.dataTo());
    if (to == null) {
      return new Replay(List.of(), null);
    }
    OffsetDateTime from = to.minus(REPLAY_WINDOW);
    List<Reading> history =
        readings.find(
            new ReadingStore.Query(
                a.intersectionId(),
                null,
                from.minusDays(Predictions.HISTORY_DAYS),
                to,
                Resolution.RAW),
            0,
            1_000_000);
    List<BacktestPoint> pa = models.forecaster(a.id()).backtest(history, from, to);
    List<BacktestPoint> pb = models.forecaster(b.id()).backtest(history, from, to);
    TreeMap<OffsetDateTime, double[]> sums = new TreeMap<>();
    accumulate(sums, pa, 1);
    accumulate(sums, pb, 2);
    List<String> labels = new ArrayList<>();
    List<Double> actual = new ArrayList<>();
    List<Double> fa = new ArrayList<>();
    List<Double> fb = new ArrayList<>();
    sums.forEach(
        (t, s) -> {
          labels.add(t.toString());
          actual.add(s[0]);
          fa.add(s[1]);
          fb.add(s[2]);
        });
    String window = from + " to " + to;
    List<MetricRow> rows =
        List.of(
            row("replay mae", mae(pa), mae(pb), LOWER),
            row("replay wape", wape(pa), wape(pb), LOWER));
    Chart chart =
        new Chart(
            "line",
            "Forecast against counted vehicles, " + window,
            "vehicles per interval (all lane groups)",
            "Both versions replayed over the same day, unseen by either in training.",
            labels,
            List.of(
                new Series("counted", actual),
                new Series("v" + a.versionNumber(), fa),
                new Series("v" + b.versionNumber(), fb)));
    return new Replay(rows, chart);
  }

  private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static void accumulate(
      TreeMap<OffsetDateTime, double[]> sums, List<BacktestPoint> points, int column) {
    for (BacktestPoint p : points) {
      if (Double.isNaN(p.actual())) {
        continue;
      }
      double[] s = sums.computeIfAbsent(p.intervalStart(), t -> new double[3]);
      if (column == 1) {
        s[0] += p.actual();
      }
      s[column] += p.forecast();
    }
  }

  private static Double mae(List<BacktestPoint> points) {
    double abs = 0;
    int n = 0;
    for (BacktestPoint p : points) {
      if (!Double.isNaN(p.actual())) {
        abs += Math.abs(p.actual() - p.forecast());
        n++;
      }
    }
    return n == 0 ? null : abs / n;
  }

  private static Double wape(List<BacktestPoint> points) {
    double abs = 0;
    double volume = 0;
    for (BacktestPoint p : points) {
      if (!Double.isNaN(p.actual())) {
        abs += Math.abs(p.actual() - p.forecast());
        volume += p.actual();
      }
    }
    return volume == 0 ? null : abs / volume;
  }
}
