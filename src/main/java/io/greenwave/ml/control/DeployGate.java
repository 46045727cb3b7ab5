package io.greenwave.ml.control;

import io.greenwave.ml.entity.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a version may replace the active one. A forecaster must beat the seasonal-naive forecast
 * (same slot last week) on MAE and be no worse than the incumbent on WAPE; a policy must have a
 * lower mean delay than every classic baseline it was evaluated against (fixed-time, actuated,
 * max-pressure) and than the incumbent. Anything else is refused with the reasons, unless forced.
 */
public final class DeployGate {
  private DeployGate() {}

  /** The gate's answer. */
  public record Verdict(boolean passed, List<String> reasons) implements java.io.Serializable {
    public String summary() {
      return passed ? "passed" : String.join("; ", reasons);
    }
  }

  public static Verdict judge(
      ModelKind kind,
      Map<String, Double> candidateMetrics,
      Map<String, Double> candidateBaselines,
      Map<String, Double> incumbentMetrics) {
    return kind == ModelKind.FORECASTER
        ? forecaster(candidateMetrics, candidateBaselines, incumbentMetrics)
        : policy(candidateMetrics, candidateBaselines, incumbentMetrics);
  }

  private static Verdict forecaster(
      Map<String, Double> m, Map<String, Double> baselines, Map<String, Double> incumbent) {
    List<String> reasons = new ArrayList<>();
    double mae = m.getOrDefault("mae", Double.NaN);
    double naive = baselines.getOrDefault("seasonalNaiveMae", Double.NaN);
    if (!(mae < naive)) {
      reasons.add("MAE " + fmt(mae) + " is not better than seasonal-naive " + fmt(naive));
    }
    if (incumbent != null && incumbent.containsKey("wape")) {
      double wape = m.getOrDefault("wape", Double.NaN);
      if (!(wape <= incumbent.get("wape"))) {
        reasons.add(
            "WAPE "
                + pct(wape)
                + " is worse than the active version's "
                + pct(incumbent.get("wape")));
      }
    }
    return new Verdict(reasons.isEmpty(), reasons);
  }

  private static Verdict policy(
      Map<String, Double> m, Map<String, Double> baselines, Map<String, Double> incumbent) {
    List<String> reasons = new ArrayList<>();
    double delay = m.getOrDefault("meanDelay", Double.NaN);
    for (String baseline : List.of("fixed", "actuated", "maxPressure")) {
      Double b = baselines.get(baseline);
      if (b != null && !(delay < b)) {
        reasons.add(
            "mean delay "
                + fmt(delay)
                + " s/veh is not below "
                + baseline
                + " "
                + fmt(b)
                + " s/veh");
      }
    }
    if (baselines.isEmpty()) {
      reasons.add("the policy has no evaluation against the classic controllers");
    }
    if (incumbent != null && incumbent.containsKey("meanDelay")) {
      if (!(delay <= incumbent.get("meanDelay"))) {
        reasons.add(
            "mean delay "
                + fmt(delay)
                + " s/veh is worse than the active version's "
                + fmt(incumbent.get("meanDelay"))
                + " s/veh");
      }
    }
    return new Verdict(reasons.isEmpty(), reasons);
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.2f", v);
  }

  private static String pct(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", v * 100);
  }
}
