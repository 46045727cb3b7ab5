package io.greenwave.simulation.boundary;

import io.greenwave.simulation.entity.SimulationReport;
import io.greenwave.simulation.entity.SimulationReport.ControllerOutcome;
import io.greenwave.simulation.entity.SimulationReport.DifferenceView;
import io.greenwave.simulation.entity.SimulationReport.MetricView;
import java.util.Map;

/** A simulation report as CSV: one row per controller and metric, with the baseline comparison. */
final class ReportCsv {
  static final String HEADER =
      "scenario,controller,metric,unit,mean,ciLow,ciHigh,seeds,baseline,differenceVsBaseline,"
          + "differenceCiLow,differenceCiHigh,percentChange,pValue";

  private ReportCsv() {}

  static String of(SimulationReport report) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (ControllerOutcome c : report.controllers()) {
      for (Map.Entry<String, MetricView> m : c.metrics().entrySet()) {
        MetricView v = m.getValue();
        DifferenceView d = c.versusBaseline().get(m.getKey());
        csv.append(report.scenario())
            .append(',')
            .append(c.controller())
            .append(',')
            .append(m.getKey())
            .append(',')
            .append(v.unit())
            .append(',')
            .append(v.mean())
            .append(',')
            .append(v.ciLow())
            .append(',')
            .append(v.ciHigh())
            .append(',')
            .append(report.seeds().size())
            .append(',')
            .append(report.baseline())
            .append(',');
        if (d != null) {
          csv.append(d.meanDifference())
              .append(',')
              .append(d.ciLow())
              .append(',')
              .append(d.ciHigh())
              .append(',')
              .append(d.percentChange())
              .append(',')
              .append(d.pValue());
        } else {
          csv.append(",,,,");
        }
        csv.append('\n');
      }
    }
    return csv.toString();
  }
}
