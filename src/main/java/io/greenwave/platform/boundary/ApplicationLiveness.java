package io.greenwave.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means the JVM still has headroom: down when a heap pool stays above 95 % even right after a
 * collection, so that an orchestrator restarts a node that can no longer work instead of letting it
 * limp. Usage before collection is ignored: it is high on every healthy JVM.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    double worst = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterGc != null && afterGc.getMax() > 0) {
        worst = Math.max(worst, (double) afterGc.getUsed() / afterGc.getMax());
      }
    }
    Runtime rt = Runtime.getRuntime();
    return HealthCheckResponse.named("heap")
        .withData("usedMb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024))
        .withData("maxMb", rt.maxMemory() / (1024 * 1024))
        .withData("afterGcPercent", Math.round(worst * 100))
        .status(worst < 0.95)
        .build();
  }
}
