package io.greenwave.forecasting.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorMetricsTest {
  @Test
  void maeRmseWapeAndR2OfAKnownCase() {
    ErrorMetrics m = ErrorMetrics.of(new double[] {10, 20, 30, 40}, new double[] {12, 18, 30, 44});
    assertEquals(2.0, m.mae(), 1e-12);
    assertEquals(Math.sqrt((4 + 4 + 0 + 16) / 4.0), m.rmse(), 1e-12);
    assertEquals(8.0 / 100, m.wape(), 1e-12);
    assertEquals(1 - 24.0 / 500, m.r2(), 1e-12);
    assertEquals(0.92, m.accuracy(), 1e-12);
    assertEquals(0.5, m.maeSkillOver(new ErrorMetrics(4, 4.0, 0, 0, 0)), 1e-12);
  }

  @Test
  void intervalsScaleWithTheSquareRootOfTheForecast() {
    IntervalCalibration.Builder b = new IntervalCalibration.Builder(1, 1, 0.8);
    for (int i = -50; i <= 50; i++) {
      b.add(0, 1, 100 + i * 0.2 * 10, 100);
    }
    IntervalCalibration c = b.build();
    double narrow = c.upper(0, 1, 25) - 25;
    double wide = c.upper(0, 1, 100) - 100;
    assertEquals(2.0, wide / narrow, 1e-9);
  }
}
