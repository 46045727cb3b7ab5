package io.greenwave.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.ml.control.PerformanceAnalysis;
import io.greenwave.ml.control.PerformanceReports.Report;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The Performance page's chart and CSV carry what the analysis computed, nothing invented. */
class ComparisonExportTest {
  static final PerformanceAnalysis.Result RESULT =
      PerformanceAnalysis.compare(
          "fixed-time",
          new double[] {40, 41, 39, 40.5},
          new double[] {350, 350, 350, 350},
          "greenwave",
          new double[] {28, 29, 27.5, 28.5},
          new double[] {350, 350, 350, 350});

  @Test
  void chartShowsMeansAndConfidenceIntervalsAsFloatingBars() {
    JsonObject chart =
        Json.createReader(new StringReader(ComparisonChart.toJson(RESULT))).readObject();
    assertEquals("bar", chart.getString("type"));
    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals(
        RESULT.a().mean(),
        datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).doubleValue());
    JsonArray ciOfB = datasets.getJsonObject(1).getJsonArray("data").getJsonArray(1);
    assertEquals(RESULT.b().ciLow(), ciOfB.getJsonNumber(0).doubleValue());
    assertEquals(RESULT.b().ciHigh(), ciOfB.getJsonNumber(1).doubleValue());
  }

  @Test
  void csvHasAGroupRowEachAndAChangeRowWithTheAssumptions() {
    String[] lines =
        ComparisonCsv.text(new Report("iso-1", "controllers", null, RESULT)).split("\n");
    assertEquals(4, lines.length);
    assertEquals(ComparisonCsv.HEADER, lines[0]);
    assertTrue(lines[1].startsWith("iso-1,controllers,,a,fixed-time,4,40.125,"), lines[1]);
    assertTrue(lines[3].contains(",change,greenwave vs fixed-time,"), lines[3]);
    // the test's name holds a comma: quoted, so that the row keeps its columns
    assertTrue(lines[3].contains(",\"Welch t-test, two-sided\","), lines[3]);
    assertTrue(lines[3].endsWith("kg CO2/L"), lines[3]);
    assertEquals(ComparisonCsv.HEADER.split(",").length, lines[1].split(",", -1).length);
  }

  @Test
  void cellsWithCommasOrQuotesAreQuoted() {
    assertEquals("\"a, \"\"b\"\"\"", ComparisonCsv.cell("a, \"b\""));
    assertEquals("", ComparisonCsv.cell(null));
  }
}
