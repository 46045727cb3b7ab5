package io.greenwave.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's {@code prometheus} package) scrapes a running node and answers a
 * query for a Greenwave series: proof that the /metrics output is what Prometheus accepts, not just
 * text that looks right. {@code -Dgreenwave.it.prometheus=required} (CI) fails when the binary is
 * missing; by default the check is skipped then.
 */
final class PrometheusCheck {
  private PrometheusCheck() {}

  static void runIfAvailable(int greenwavePort) throws Exception {
    boolean required = "required".equals(System.getProperty("greenwave.it.prometheus"));
    String binary = System.getProperty("greenwave.it.prometheus.binary", "/usr/bin/prometheus");
    if (!new File(binary).canExecute()) {
      assertTrue(!required, "prometheus is required but missing at " + binary);
      System.out.println("prometheus: not installed, check skipped");
      return;
    }
    Path dir = Path.of("target/it-prometheus").toAbsolutePath();
    Files.createDirectories(dir);
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(
        config,
        """
        global:
          scrape_interval: 1s
        scrape_configs:
          - job_name: greenwave
            metrics_path: /metrics
            static_configs:
              - targets: ["127.0.0.1:%d"]
        """
            .formatted(greenwavePort));
    int port = freePort();
    Process prometheus =
        new ProcessBuilder(
                binary,
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("prometheus.log").toFile())
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String query =
          "http://127.0.0.1:"
              + port
              + "/api/v1/query?query="
              + URLEncoder.encode(
                  "greenwave_intersections{job=\"greenwave\"}", StandardCharsets.UTF_8);
      long start = System.nanoTime();
      String answer = "";
      while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(40)) {
        try {
          answer =
              http.send(
                      HttpRequest.newBuilder(URI.create(query))
                          .timeout(Duration.ofSeconds(5))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body();
          if (answer.contains("\"__name__\":\"greenwave_intersections\"")) {
            System.out.printf(
                "prometheus: scraped the node and answered in %.1f s: %s%n",
                (System.nanoTime() - start) / 1e9, answer);
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(500);
      }
      throw new AssertionError(
          "Prometheus did not return greenwave_intersections: "
              + answer
              + "; see "
              + dir.resolve("prometheus.log"));
    } finally {
      prometheus.destroy();
      prometheus.waitFor(20, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
