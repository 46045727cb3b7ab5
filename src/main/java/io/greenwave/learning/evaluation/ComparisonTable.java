package io.greenwave.learning.evaluation;

import io.greenwave.learning.EvaluationCase;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints evaluation cases as a text table and as the benchmark's JSON line. */
public final class ComparisonTable {
  private ComparisonTable() {}

  /** A Markdown table: delays (s/veh), ratios to the targets' references, p-values, verdict. */
  public static String markdown(List<EvaluationCase> cases) {
    StringBuilder b = new StringBuilder();
    b.append("| scenario | learned | fixed (Webster) | actuated | max-pressure |")
        .append(" learned/fixed | learned/best adaptive | p vs best adaptive | p vs fixed |")
        .append(" met |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (EvaluationCase c : cases) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2g | %.2g | %s |%n",
              c.scenario(),
              c.learned(),
              c.fixed(),
              c.actuated(),
              c.maxPressure(),
              c.learned() / c.fixed(),
              c.learned() / c.bestAdaptive(),
              c.pValue(),
              c.pValueFixed(),
              (c.met() ? "yes" : "no") + (c.robustness() ? " (robustness)" : "")));
    }
    return b.toString();
  }

  /** One JSON object per case, as bench/control-quality.sh prints them. */
  public static String json(EvaluationCase c) {
    return String.format(
        Locale.ROOT,
        "{\"scenario\":\"%s\", \"learned\":%.2f, \"fixed\":%.2f, \"actuated\":%.2f,"
            + " \"maxPressure\":%.2f, \"pValue\":%.3g, \"pValueFixed\":%.3g, \"robustness\":%s,"
            + " \"met\":%s}",
        c.scenario(),
        c.learned(),
        c.fixed(),
        c.actuated(),
        c.maxPressure(),
        c.pValue(),
        c.pValueFixed(),
        c.robustness(),
        c.met());
  }

  /** The cases as a JSON array. */
  public static String json(List<EvaluationCase> cases) {
    return cases.stream().map(ComparisonTable::json).collect(Collectors.joining(", ", "[", "]"));
  }
}
