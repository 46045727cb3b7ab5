package io.greenwave.simulation.control;

import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.control.LinkRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.control.Resolution;
import io.greenwave.readings.entity.Reading;
import io.greenwave.signal.Controllers;
import io.greenwave.simulation.entity.SimulationReport.DemandSummary;
import io.greenwave.simulation.entity.SimulationReport.EntryFlowView;
import io.greenwave.simulation.entity.SimulationRequest;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.ScenarioFile;
import io.greenwave.simulator.scenario.SimulationOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns a simulation request into a checked, runnable plan: the scenario (from stored intersections
 * and their readings, or from a scenario file), the controllers, the baseline and the seeds. Every
 * problem is a 400 naming the field, found before a job is queued.
 */
@ApplicationScoped
public class ScenarioPreparation {
  static final List<String> DEFAULT_CONTROLLERS =
      List.of("webster", "actuated", "max-pressure", "longest-queue-first");
  static final int MAX_SEEDS = 30;
  static final int MAX_INTERSECTIONS = 50;
  static final long MAX_WINDOW_HOURS = 4;

  @Inject IntersectionRepository intersections;
  @Inject LinkRepository links;
  @Inject ReadingStore readings;

  /** A request made runnable. */
  public record Plan(
      Scenario scenario,
      List<String> controllers,
      String baseline,
      List<Long> seeds,
      DemandSummary demand) {
    public int runs() {
      return controllers.size() * seeds.size() * scenario.network().intersections().size();
    }
  }

  public Plan prepare(SimulationRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("body", "a simulation request is required");
    }
    List<String> controllers = controllers(request);
    String baseline = request.baseline() == null ? controllers.get(0) : request.baseline();
    if (!controllers.contains(baseline)) {
      throw ProblemException.invalidField(
          "baseline", "must be one of the controllers " + controllers);
    }
    int n = request.seeds() == null ? 5 : request.seeds();
    if (n < 1 || n > MAX_SEEDS) {
      throw ProblemException.invalidField("seeds", "must be between 1 and " + MAX_SEEDS);
    }
    List<Long> seeds = new ArrayList<>();
    for (long s = 1; s <= n; s++) {
      seeds.add(s);
    }
    double scale = request.demandScale() == null ? 1.0 : request.demandScale();
    if (!(scale >= 0.1 && scale <= 3)) {
      throw ProblemException.invalidField("demandScale", "must be between 0.1 and 3");
    }
    if (request.scenario() != null && request.intersections() != null) {
      throw ProblemException.invalidField("scenario", "give either intersections or a scenario");
    }
    if (request.scenario() != null) {
      return fromScenarioFile(request, controllers, baseline, seeds, scale);
    }
    return fromStoredNetwork(request, controllers, baseline, seeds, scale);
  }

  private Plan fromScenarioFile(
      SimulationRequest request,
      List<String> controllers,
      String baseline,
      List<Long> seeds,
      double scale) {
    Scenario scenario;
    try {
      scenario = ScenarioFile.parse(new StringReader(request.scenario().toString()));
    } catch (RuntimeException e) {
      throw ProblemException.invalidField(
          "scenario", "is not a valid scenario file: " + message(e));
    }
    if (scenario.options().horizonSeconds() > MAX_WINDOW_HOURS * 3600) {
      throw ProblemException.invalidField(
          "scenario.options.horizonSeconds", "at most " + MAX_WINDOW_HOURS * 3600 + " s");
    }
    scenario = scenario.withDemand(scenario.demand().scaled(scale));
    return new Plan(
        scenario,
        controllers,
        baseline,
        seeds,
        new DemandSummary("scenario", null, null, scale, flows(scenario.demand())));
  }

  private Plan fromStoredNetwork(
      SimulationRequest request,
      List<String> controllers,
      String baseline,
      List<Long> seeds,
      double scale) {
    List<String> ids = request.intersections();
    if (ids == null || ids.isEmpty()) {
      throw ProblemException.invalidField("intersections", "name at least one intersection");
    }
    if (ids.size() > MAX_INTERSECTIONS) {
      throw ProblemException.invalidField("intersections", "at most " + MAX_INTERSECTIONS);
    }
    List<Intersection> stored = new ArrayList<>();
    List<FieldError> unknown = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      intersections
          .find(id)
          .ifPresentOrElse(
              stored::add,
              () ->
                  unknown.add(FieldError.of("intersections", "unknown intersection '" + id + "'")));
    }
    if (!unknown.isEmpty()) {
      throw ProblemException.badRequest("Unknown intersections", unknown);
    }
    Network network = NetworkTranslation.of(stored, links.all());
    OffsetDateTime from = time("demandFrom", request.demandFrom());
    OffsetDateTime to = time("demandTo", request.demandTo());
    if (from == null) {
      from = busiestHour(stored);
    }
    if (to == null) {
      to = from.plusHours(1);
    }
    long seconds = ChronoUnit.SECONDS.between(from, to);
    if (seconds < 900 || seconds > MAX_WINDOW_HOURS * 3600) {
      throw ProblemException.invalidField(
          "demandTo", "the demand window must last 15 minutes to " + MAX_WINDOW_HOURS + " hours");
    }
    Map<String, List<Reading>> window = new HashMap<>();
    long total = 0;
    for (Intersection i : stored) {
      List<Reading> rs =
          readings.find(new ReadingStore.Query(i.id(), null, from, to, Resolution.RAW), 0, 100_000);
      window.put(i.id(), rs);
      total += rs.size();
    }
    if (total == 0) {
      throw ProblemException.invalidField(
          "demandFrom", "no detector readings between " + from + " and " + to);
    }
    Demand demand = DemandEstimate.of(network, stored, window, from, (int) seconds, scale);
    String name = String.join("+", stored.stream().map(Intersection::id).toList());
    Scenario scenario =
        Scenario.of(name, network, demand)
            .withOptions(SimulationOptions.DEFAULTS.withHorizon((int) seconds, 1800));
    return new Plan(
        scenario,
        controllers,
        baseline,
        seeds,
        new DemandSummary("readings", from.toString(), to.toString(), scale, flows(demand)));
  }

  /** The hour with the most vehicles counted in the last 7 days of data. */
  private OffsetDateTime busiestHour(List<Intersection> stored) {
    Map<OffsetDateTime, Long> perHour = new HashMap<>();
    for (Intersection i : stored) {
      List<Reading> daily =
          readings.find(
              new ReadingStore.Query(i.id(), null, null, null, Resolution.DAY), 0, 100_000);
      if (daily.isEmpty()) {
        continue;
      }
      OffsetDateTime last = daily.get(daily.size() - 1).intervalStart().plusDays(1);
      readings
          .find(
              new ReadingStore.Query(i.id(), null, last.minusDays(7), last, Resolution.HOUR),
              0,
              100_000)
          .forEach(r -> perHour.merge(r.intervalStart(), (long) r.vehicleCount(), Long::sum));
    }
    return perHour.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow(
            () ->
                ProblemException.invalidField(
                    "intersections", "have no detector readings to derive demand from"));
  }

  private static List<String> controllers(SimulationRequest request) {
    List<String> names =
        request.controllers() == null || request.controllers().isEmpty()
            ? DEFAULT_CONTROLLERS
            : List.copyOf(new LinkedHashSet<>(request.controllers()));
    for (String name : names) {
      if (!Controllers.NAMES.contains(name)) {
        throw ProblemException.invalidField(
            "controllers", "unknown controller '" + name + "'; known: " + Controllers.NAMES);
      }
    }
    return names;
  }

  private static List<EntryFlowView> flows(Demand demand) {
    return demand.flows().stream()
        .map(
            f ->
                new EntryFlowView(
                    f.intersection(),
                    f.approach().name(),
                    Math.round(f.vehiclesPerHour() * 10) / 10.0))
        .toList();
  }

  private static OffsetDateTime time(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, "must be an ISO-8601 date-time with offset");
    }
  }

  private static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.length() > 300 ? m.substring(0, 300) : m;
  }
}
