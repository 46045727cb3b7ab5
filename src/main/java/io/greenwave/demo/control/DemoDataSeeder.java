package io.greenwave.demo.control;

import io.greenwave.demo.control.DemandHistory.Anomalies;
import io.greenwave.demo.control.DemandHistory.Window;
import io.greenwave.demo.control.DemoNetwork.DemoIntersection;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.control.LinkRepository;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.platform.control.InstallationState;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.entity.Reading;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start of an empty database (and with demo data enabled) creates the demo network at
 * once, then fills in its detector history in the background. The progress is recorded in the
 * installation state, so that a start interrupted half-way resumes (ingestion is idempotent).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoDataSeeder {
  static final String STATE_KEY = "demo-data";
  static final int INTERVAL_SECONDS = 900;
  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

  @Inject IntersectionRepository intersections;
  @Inject LinkRepository links;
  @Inject ReadingStore readings;
  @Inject InstallationState state;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "greenwave.demo-data.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "greenwave.demo-data.weeks", defaultValue = "8")
  int weeks;

  @Inject
  @ConfigProperty(name = "greenwave.demo-data.seed", defaultValue = "20261128")
  long seed;

  @PostConstruct
  void seedOnFirstStart() {
    if (!enabled) {
      return;
    }
    String progress = state.get(STATE_KEY).orElse(null);
    if (progress == null && intersections.count() == 0) {
      createNetwork();
      state.put(STATE_KEY, "network");
      progress = "network";
    }
    if ("network".equals(progress)) {
      OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
      executor.submit(() -> fillHistory(end));
    }
  }

  private void createNetwork() {
    for (DemoIntersection i : DemoNetwork.intersections()) {
      intersections.create(i.definition());
    }
    DemoNetwork.links().forEach(links::create);
    LOG.info("Demo network created: " + DemoNetwork.intersections().size() + " intersections");
  }

  void fillHistory(OffsetDateTime end) {
    long started = System.nanoTime();
    OffsetDateTime start = end.minusWeeks(weeks);
    int total = 0;
    try {
      for (DemoIntersection i : DemoNetwork.intersections()) {
        for (LaneGroupData g : i.definition().laneGroups()) {
          total += fillLaneGroup(i, g, start, end);
        }
      }
      state.put(STATE_KEY, "complete");
      LOG.info(
          () ->
              "Demo detector history ready: "
                  + weeks
                  + " weeks, readings stored in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
    } catch (RuntimeException e) {
      LOG.severe("Demo detector history stopped after " + total + " readings: " + e.getMessage());
    }
  }

  private int fillLaneGroup(
      DemoIntersection i, LaneGroupData g, OffsetDateTime start, OffsetDateTime end) {
    String id = i.definition().id();
    DemandHistory history =
        new DemandHistory(
            i.peakVolumes().getOrDefault(g.id(), 300),
            g.lanes(),
            g.saturationFlow(),
            g.approach().charAt(0),
            seed ^ (id + "/" + g.id()).hashCode());
    List<Reading> rows =
        history.generate(g.id(), start, end, INTERVAL_SECONDS, anomalies(id, g.id(), start, end));
    for (int from = 0; from < rows.size(); from += 5000) {
      readings.upsert(id, rows.subList(from, Math.min(rows.size(), from + 5000)));
    }
    return rows.size();
  }

  /**
   * The anomalies an engineer should be able to find: a morning incident on the arterial's
   * eastbound approach at art-2, and a day-long detector outage on iso-1's westbound left turn.
   */
  static Anomalies anomalies(
      String intersection, String laneGroup, OffsetDateTime start, OffsetDateTime end) {
    if (intersection.equals("art-2") && laneGroup.equals("E_T")) {
      OffsetDateTime tuesday =
          end.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
      OffsetDateTime from = tuesday.truncatedTo(ChronoUnit.DAYS).plusHours(7).plusMinutes(30);
      if (from.isAfter(start)) {
        return new Anomalies(new Window(from, from.plusHours(2)), null);
      }
    }
    if (intersection.equals("iso-1") && laneGroup.equals("W_L")) {
      OffsetDateTime thursday =
          end.minusWeeks(5)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY))
              .truncatedTo(ChronoUnit.DAYS);
      if (thursday.isAfter(start)) {
        return new Anomalies(null, new Window(thursday, thursday.plusDays(1)));
      }
    }
    return Anomalies.none();
  }
}
