package io.greenwave.ml.control;

import fish.payara.cdi.jsr107.impl.NamedCache;
import io.greenwave.forecasting.Forecast;
import io.greenwave.forecasting.ForecastModel;
import io.greenwave.learning.Decision;
import io.greenwave.learning.IntersectionPolicy;
import io.greenwave.learning.Policy;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.ml.entity.Prediction;
import io.greenwave.ml.entity.Prediction.ForecastView;
import io.greenwave.ml.entity.Prediction.LaneGroupForecastView;
import io.greenwave.ml.entity.Prediction.ModelRef;
import io.greenwave.ml.entity.PredictionRequest;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.LaneGroup;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.LiveEvent;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.control.Resolution;
import io.greenwave.readings.entity.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.cache.Cache;

/**
 * Answers a field controller in real time: the learned policy's next phase and green (or a safe
 * classic rule when no policy is active or it fails), always within the timing limits; the demand
 * forecast of the active forecaster with its intervals (cached cluster-wide per model and
 * interval); the shadow candidate's decision for comparison.
 */
@ApplicationScoped
public class Predictions {
  /** History a forecast needs: a week back for the same-slot lag, plus a margin. */
  static final int HISTORY_DAYS = 8;

  @Inject IntersectionRepository intersections;
  @Inject ReadingStore readings;
  @Inject LoadedModels models;
  @Inject ShadowLog shadowLog;
  @Inject Event<LiveEvent> events;

  @Inject
  @NamedCache(cacheName = "greenwave-forecasts", expiryPolicyFactoryClass = ForecastExpiry.class)
  Cache<String, ForecastView> forecasts;

  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong cacheMisses = new AtomicLong();
  private final Map<String, RememberedIntersection> network = new ConcurrentHashMap<>();
  private final Map<String, Long> lastEvent = new ConcurrentHashMap<>();

  private record RememberedIntersection(Intersection intersection, long at) {}

  public Prediction predict(PredictionRequest request) {
    long started = System.nanoTime();
    Intersection intersection = intersection(request);
    int horizon = request.horizon() == null ? 1 : request.horizon();
    if (horizon < 1 || horizon > 4) {
      throw ProblemException.invalidField("horizon", "must be between 1 and 4");
    }
    check(intersection, request);
    OffsetDateTime at = timestamp(request.timestamp());
    FieldState state = new FieldState(intersection, request, at.toLocalTime().toSecondOfDay());

    Optional<ModelVersion> policyVersion = models.active(intersection.id(), ModelKind.POLICY);
    TimingGuard.Guarded guarded;
    Double confidence = null;
    String fallbackReason = null;
    if (policyVersion.isEmpty()) {
      fallbackReason = "no active policy";
      guarded = TimingGuard.fallback(intersection.timing(), state);
    } else {
      try {
        Decision d = decide(models.policy(policyVersion.get().id()), intersection.id(), state);
        guarded = TimingGuard.apply(intersection.timing(), state, d.phase(), d.greenSeconds());
        confidence = Math.round(d.confidence() * 1000) / 1000.0;
      } catch (RuntimeException e) {
        fallbackReason = "the policy failed: " + e.getClass().getSimpleName();
        guarded = TimingGuard.fallback(intersection.timing(), state);
      }
    }
    Prediction.Shadow shadow = shadow(intersection, state, guarded.phase());
    Optional<ModelVersion> forecasterVersion =
        models.active(intersection.id(), ModelKind.FORECASTER);
    ForecastView forecast =
        forecasterVersion.map(v -> forecast(v, intersection, at, horizon)).orElse(null);
    String phaseName = intersection.phases().get(guarded.phase()).name();
    Prediction prediction =
        new Prediction(
            intersection.id(),
            at.toString(),
            new Prediction.Decision(
                guarded.phase(),
                phaseName,
                guarded.phase() == state.currentPhase() ? "keep" : "switch",
                guarded.greenSeconds(),
                confidence,
                guarded.constrained()),
            forecast,
            new Prediction.Models(
                policyVersion.map(v -> new ModelRef(v.id(), v.versionNumber())).orElse(null),
                forecasterVersion.map(v -> new ModelRef(v.id(), v.versionNumber())).orElse(null)),
            fallbackReason != null,
            fallbackReason,
            shadow,
            (System.nanoTime() - started) / 1000);
    sample(prediction);
    return prediction;
  }

  private static Decision decide(Policy policy, String intersectionId, FieldState state) {
    List<IntersectionPolicy> agents = policy.intersections();
    for (int i = 0; i < agents.size(); i++) {
      if (agents.get(i).intersectionId().equals(intersectionId)) {
        return policy.decide(i, state);
      }
    }
    return policy.decide(0, state);
  }

  private Prediction.Shadow shadow(Intersection intersection, FieldState state, int servedPhase) {
    Optional<ModelVersion> candidate = models.shadow(intersection.id(), ModelKind.POLICY);
    if (candidate.isEmpty()) {
      return null;
    }
    try {
      Decision d = decide(models.policy(candidate.get().id()), intersection.id(), state);
      TimingGuard.Guarded g =
          TimingGuard.apply(intersection.timing(), state, d.phase(), d.greenSeconds());
      boolean agrees = g.phase() == servedPhase;
      shadowLog.record(intersection.id(), candidate.get().id(), agrees);
      return new Prediction.Shadow(candidate.get().id(), g.phase(), agrees);
    } catch (RuntimeException e) {
      shadowLog.record(intersection.id(), candidate.get().id(), false);
      return null;
    }
  }

  /** The forecast of the interval after the one containing {@code at}, and further steps. */
  ForecastView forecast(
      ModelVersion version, Intersection intersection, OffsetDateTime at, int horizon) {
    ForecastModel model = models.forecaster(version.id());
    int interval = model.intervalSeconds();
    long slot = Math.floorDiv(at.toEpochSecond(), interval) + 1;
    OffsetDateTime next =
        OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(slot * interval), ZoneOffset.UTC);
    String key = version.id() + "|" + next + "|" + horizon;
    ForecastView cached = forecasts.get(key);
    if (cached != null) {
      cacheHits.incrementAndGet();
      return cached;
    }
    cacheMisses.incrementAndGet();
    List<Reading> history =
        readings.find(
            new ReadingStore.Query(
                intersection.id(), null, next.minusDays(HISTORY_DAYS), next, Resolution.RAW),
            0,
            200_000);
    Forecast f = model.forecast(history, next, horizon);
    ForecastView view =
        new ForecastView(
            next.toString(),
            f.intervalSeconds(),
            f.nominalCoverage(),
            f.laneGroups().stream()
                .map(
                    g ->
                        new LaneGroupForecastView(
                            g.laneGroup(),
                            g.stepsAhead(),
                            round(g.vehicles()),
                            round(g.lower()),
                            round(g.upper())))
                .toList());
    forecasts.put(key, view);
    return view;
  }

  /**
   * @return share of forecast requests answered from the cache since start
   */
  @org.eclipse.microprofile.metrics.annotation.Gauge(
      name = "greenwave_forecast_cache_hit_ratio",
      unit = "none",
      absolute = true,
      description = "Share of forecasts served from the cluster-wide forecast cache since start")
  public double cacheHitRatio() {
    long hits = cacheHits.get();
    long total = hits + cacheMisses.get();
    return total == 0 ? 0 : (double) hits / total;
  }

  Intersection intersection(PredictionRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("body", "the state of an intersection is required");
    }
    String id = request.intersectionId();
    if (id == null || id.isBlank()) {
      throw ProblemException.invalidField("intersectionId", "is required");
    }
    RememberedIntersection r = network.get(id);
    long now = System.nanoTime();
    if (r == null || now - r.at() > 5_000_000_000L) {
      r = new RememberedIntersection(intersections.require(id), now);
      network.put(id, r);
    }
    return r.intersection();
  }

  private static void check(Intersection intersection, PredictionRequest r) {
    List<FieldError> errors = new ArrayList<>();
    int phases = intersection.phases().size();
    if (r.currentPhase() == null || r.currentPhase() < 0 || r.currentPhase() >= phases) {
      errors.add(FieldError.of("currentPhase", "must be a phase index from 0 to " + (phases - 1)));
    }
    if (r.timeInPhase() == null || r.timeInPhase() < 0 || r.timeInPhase() > 3600) {
      errors.add(FieldError.of("timeInPhase", "must be between 0 and 3600 seconds"));
    }
    Set<String> known =
        intersection.laneGroups().stream().map(LaneGroup::id).collect(Collectors.toSet());
    if (r.laneGroups() != null) {
      for (int i = 0; i < r.laneGroups().size(); i++) {
        var g = r.laneGroups().get(i);
        if (g == null || g.id() == null || !known.contains(g.id())) {
          errors.add(
              FieldError.of(
                  "laneGroups[" + i + "].id",
                  "is not a lane group of " + intersection.id() + " " + known));
        } else if (g.queue() != null && (g.queue() < 0 || g.queue() > 1000)) {
          errors.add(FieldError.of("laneGroups[" + i + "].queue", "must be between 0 and 1000"));
        } else if (g.arrivals() != null && (g.arrivals() < 0 || g.arrivals() > 1000)) {
          errors.add(FieldError.of("laneGroups[" + i + "].arrivals", "must be between 0 and 1000"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
          "The intersection state is invalid: "
              + errors.get(0).field()
              + " "
              + errors.get(0).message(),
          errors);
    }
  }

  private static OffsetDateTime timestamp(String text) {
    if (text == null || text.isBlank()) {
      return OffsetDateTime.now(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(text.trim()).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField("timestamp", "must be an ISO-8601 date-time with offset");
    }
  }

  /** At most one decision event per intersection and second reaches the live streams. */
  private void sample(Prediction p) {
    long second = System.currentTimeMillis() / 1000;
    Long previous = lastEvent.put(p.intersectionId(), second);
    if (previous != null && previous == second) {
      return;
    }
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("phase", p.decision().phase());
    data.put("phaseName", p.decision().phaseName());
    data.put("greenSeconds", p.decision().greenSeconds());
    data.put("fallback", p.fallback());
    if (p.decision().confidence() != null) {
      data.put("confidence", p.decision().confidence());
    }
    try {
      events.fire(LiveEvent.of("decisions", p.intersectionId(), data));
    } catch (RuntimeException e) {
      // sampling for live views must never fail a prediction
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
