package io.greenwave.console.control;

import io.greenwave.ml.control.DriftWatch;
import io.greenwave.ml.control.FieldMetrics;
import io.greenwave.ml.control.ModelRegistry;
import io.greenwave.ml.control.PerformanceAnalysis;
import io.greenwave.ml.entity.FieldMetric;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts together the dashboard's picture of the network from the registry, the field metrics and the
 * drift watch: the same controls the API's status and metrics endpoints use.
 */
@ApplicationScoped
public class NetworkStatus {
  /** How far back the dashboard looks for field metrics. */
  static final int HOURS = 48;

  @Inject IntersectionRepository intersections;
  @Inject ModelRegistry registry;
  @Inject FieldMetrics metrics;
  @Inject DriftWatch drift;

  public List<IntersectionStatus> all() {
    List<IntersectionStatus> rows = new ArrayList<>();
    for (Intersection i : intersections.all()) {
      rows.add(of(i));
    }
    return rows;
  }

  /** Field metrics of the last {@value #HOURS} hours, in time order. */
  public List<FieldMetric> recentMetrics(String intersectionId) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return metrics.series(intersectionId, now.minusHours(HOURS), now.plusHours(1), null);
  }

  private IntersectionStatus of(Intersection i) {
    Optional<ModelVersion> forecaster = registry.active(i.id(), ModelKind.FORECASTER);
    Optional<ModelVersion> policy = registry.active(i.id(), ModelKind.POLICY);
    List<FieldMetric> recent = recentMetrics(i.id());
    FieldMetric latest = recent.isEmpty() ? null : recent.get(recent.size() - 1);
    Double wait = latest == null ? null : latest.averageWait();
    String los = wait == null ? null : PerformanceAnalysis.levelOfService(wait);
    return new IntersectionStatus(
        i.id(),
        i.name(),
        i.latitude(),
        i.longitude(),
        forecaster.map(v -> "v" + v.versionNumber()).orElse(null),
        policy.map(v -> "v" + v.versionNumber()).orElse(null),
        latest == null ? null : latest.key().controllerType(),
        wait,
        latest == null ? null : latest.averageQueue(),
        los,
        alertOf(forecaster, los));
  }

  private String alertOf(Optional<ModelVersion> forecaster, String los) {
    List<String> alerts = new ArrayList<>();
    forecaster.ifPresent(
        v -> {
          try {
            if ("DRIFTING".equalsIgnoreCase(drift.forecaster(v).state())) {
              alerts.add("forecaster drifting");
            }
          } catch (RuntimeException e) {
            // drift needs logged forecasts; no verdict is not an alert
          }
        });
    if ("E".equals(los) || "F".equals(los)) {
      alerts.add("LOS " + los);
    }
    return alerts.isEmpty() ? null : String.join(", ", alerts);
  }
}
