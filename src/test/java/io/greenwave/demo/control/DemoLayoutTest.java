package io.greenwave.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoLayoutTest {
  @Test
  void vehiclesAreDrawnOnTheirRoadsAndQueuesDoNotOverlap() {
    DemoRun run = new DemoRun(DemoSettings.defaults(), PolicySource.NONE);
    run.advance(600);
    StringBuilder b = new StringBuilder();
    run.layout().appendVehicles(run.snapshots()[0], b);
    String[] values = b.substring(1, b.length() - 1).split(",");
    assertEquals(0, values.length % 4);
    java.util.Set<String> places = new java.util.HashSet<>();
    for (int k = 0; k < values.length; k += 4) {
      double x = Double.parseDouble(values[k + 1]);
      double y = Double.parseDouble(values[k + 2]);
      // an isolated intersection at the origin: every vehicle is on the N-S or the E-W road
      assertTrue(Math.abs(x) < 15 || Math.abs(y) < 15, x + "," + y);
      assertTrue(places.add(values[k + 1] + "," + values[k + 2]), "two vehicles on one spot");
    }
    assertTrue(values.length / 4 > 10);
    assertTrue(run.layoutJson().startsWith("{\"bounds\":["));
    assertEquals(8, DemoLayout.signals(run.snapshots()[0]).length());
  }

  @Test
  void arterialIntersectionsLieAlongTheirLinks() {
    DemoRun run =
        new DemoRun(DemoSettings.defaults().withScenario(DemoScenario.ARTERIAL), PolicySource.NONE);
    String json = run.layoutJson();
    assertTrue(json.contains("\"intersections\":[[0,0,"), json);
    assertTrue(json.contains("[400.0,0,"), json);
    assertTrue(json.contains("[800.0,0,"), json);
  }
}
