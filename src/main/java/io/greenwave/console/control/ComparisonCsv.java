package io.greenwave.console.control;

import io.greenwave.ml.control.PerformanceAnalysis;
import io.greenwave.ml.control.PerformanceReports.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A comparison as CSV, one table for a spreadsheet: a row per group (mean wait, 95 % CI, LOS,
 * vehicles) and a {@code change} row (B against A, with its CI, p-value and the fuel and CO2
 * saved). Every row repeats what was compared so that exports of several comparisons can be pasted
 * together.
 */
public final class ComparisonCsv {
  static final String HEADER =
      "intersection,comparison,split_at,row,label,intervals,mean_wait_s,ci_low_s,ci_high_s,"
          + "level_of_service,vehicles,change_percent,p_value,test,waiting_saved_veh_h,"
          + "fuel_saved_l,co2_saved_kg,assumptions";

  private ComparisonCsv() {}

  public static byte[] bytes(Report report) {
    return text(report).getBytes(StandardCharsets.UTF_8);
  }

  public static String text(Report report) {
    PerformanceAnalysis.Result r = report.result();
    String split = report.at() == null ? "" : report.at().toString();
    List<String> prefix = List.of(report.intersectionId(), report.comparison(), split);
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    group(csv, prefix, "a", r.a());
    group(csv, prefix, "b", r.b());
    PerformanceAnalysis.Change c = r.change();
    PerformanceAnalysis.Savings s = r.savings();
    line(
        csv,
        prefix,
        "change",
        r.b().label() + " vs " + r.a().label(),
        null,
        c.absolute(),
        c.ciLow(),
        c.ciHigh(),
        null,
        null,
        c.percent(),
        c.pValue(),
        c.test(),
        s.waitingVehicleHours(),
        s.fuelLitres(),
        s.co2Kg(),
        s.assumptions());
    return csv.toString();
  }

  private static void group(
      StringBuilder csv, List<String> prefix, String row, PerformanceAnalysis.Group g) {
    line(
        csv,
        prefix,
        row,
        g.label(),
        g.intervals(),
        g.mean(),
        g.ciLow(),
        g.ciHigh(),
        g.levelOfService(),
        g.vehicles(),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static void line(StringBuilder csv, List<String> prefix, Object... cells) {
    csv.append(
            Stream.concat(prefix.stream(), Stream.of(cells))
                .map(ComparisonCsv::cell)
                .collect(Collectors.joining(",")))
        .append('\n');
  }

  /** Quotes a cell holding a comma, quote or line break (RFC 4180); null is an empty cell. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
