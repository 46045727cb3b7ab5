package io.greenwave.bench.api;

import io.greenwave.demo.control.DemandHistory;
import io.greenwave.demo.control.DemoNetwork;
import io.greenwave.forecasting.ForecastModel;
import io.greenwave.forecasting.ForecastTrainer;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.Policy;
import io.greenwave.learning.training.PolicyTrainer;
import io.greenwave.readings.entity.Reading;
import io.greenwave.simulator.scenario.ScenarioFile;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap that 100 intersections' active models occupy in a node: trains the demo isolated
 * intersection's default forecaster (8 weeks of generated history) and a policy, then loads 100
 * independent copies of each from their serialized form, as the model cache would, and prints the
 * heap they take in MB (last line).
 */
public final class ModelHeap {
  private ModelHeap() {}

  public static void main(String[] args) throws Exception {
    DemoNetwork.DemoIntersection iso = DemoNetwork.intersections().get(0);
    OffsetDateTime end =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    List<Reading> history = new ArrayList<>();
    for (var g : iso.definition().laneGroups()) {
      history.addAll(
          new DemandHistory(
                  iso.peakVolumes().get(g.id()),
                  g.lanes(),
                  g.saturationFlow(),
                  g.approach().charAt(0),
                  7)
              .generate(g.id(), end.minusWeeks(8), end, 900, DemandHistory.Anomalies.none()));
    }
    byte[] forecaster = ForecastTrainer.train("iso-1", history).model().toBytes();
    byte[] policy =
        PolicyTrainer.train(
                ScenarioFile.read(Path.of("docs/scenarios/single-four-phase.json")),
                Hyperparameters.defaults().withEpisodes(200))
            .toBytes();
    long before = usedAfterGc();
    List<Object> loaded = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      loaded.add(ForecastModel.fromBytes(forecaster));
      loaded.add(Policy.fromBytes(policy));
    }
    long after = usedAfterGc();
    System.out.printf(
        "forecaster %d bytes serialized, policy %d bytes; 100 of each loaded%n",
        forecaster.length, policy.length);
    System.out.println(
        Math.round((after - before) / 1024.0 / 1024.0 * 10) / 10.0 + (loaded.isEmpty() ? "" : ""));
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
