package io.greenwave.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Greenwave started the way the README starts it: the packaged WAR on the Payara Micro jar, in its
 * own JVM, stopped and started again at will. Used where Arquillian's managed container cannot
 * help: restarting one installation on the same data, and (later) several clustered nodes.
 */
public final class PayaraMicroProcess implements AutoCloseable {
  /** Payara Micro options of a single, unclustered node (the README's laptop mode). */
  public static final List<String> STANDALONE = List.of("--nocluster");

  private final List<String> command;
  private final File log;
  private final int port;
  private Process process;

  public PayaraMicroProcess(Path dataDir, List<String> systemProperties) {
    this(dataDir, systemProperties, STANDALONE);
  }

  /**
   * A node with its own Payara Micro options in place of {@code --nocluster}, e.g. {@code
   * --clustermode tcpip:127.0.0.1:7900,127.0.0.1:7901 --interfaces 127.0.0.1 --startport 7900} for
   * a member of a loopback cluster. Each node needs its own data folder.
   */
  public PayaraMicroProcess(
      Path dataDir, List<String> systemProperties, List<String> microOptions) {
    this.port = freePort();
    String jar = System.getProperty("payara.microJar", "target/payara-micro.jar");
    String war = System.getProperty("greenwave.war", "target/greenwave.war");
    command = new ArrayList<>(List.of("java", "-Xmx768m", "-XX:+UseSerialGC"));
    command.add("-Dgreenwave.data.dir=" + dataDir);
    command.addAll(systemProperties);
    command.addAll(
        List.of(
            "-jar", jar, "--deploy", war, "--contextroot", "/", "--port", Integer.toString(port)));
    // No --rootdir: Payara Micro would keep the deployed WAR there and deploy it a second time
    // beside --deploy on the next start, replacing the running application mid-request. The data
    // that must survive lives in greenwave.data.dir (the H2 database), not in Payara's root.
    command.addAll(microOptions);
    log = dataDir.resolve("payara-" + port + ".log").toFile();
  }

  /** Starts the JVM and waits until Greenwave reports ready. */
  public URL start() throws IOException, InterruptedException {
    log.getParentFile().mkdirs();
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
            .start();
    URL url = URI.create("http://127.0.0.1:" + port + "/").toURL();
    // HTTP/1.1 only: no h2c upgrade dance with a server that is still starting
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited; see " + log);
      }
      // bounded by get(): the request timeout alone was seen not to fire on a connection
      // accepted while Payara was still deploying, which hung the start for good
      CompletableFuture<HttpResponse<String>> answer =
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(url + "health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> r;
      try {
        r = answer.get(10, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException notYet) {
        answer.cancel(true);
        Thread.sleep(500);
        continue;
      }
      // Payara answers UP before the WAR is deployed (no checks registered yet): wait for
      // Greenwave's own database check
      if (r.statusCode() == 200 && r.body().contains("\"database\"")) {
        return url;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Greenwave not ready within 240 s; see " + log);
  }

  /** Stops the JVM the way an operator would (SIGTERM), waiting for it to exit. */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** Kills the JVM without warning (SIGKILL): a crashed node, no shutdown hooks. */
  public void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The HTTP port of this node. */
  public int port() {
    return port;
  }

  /** The node's console output (Payara's log). */
  public Path log() {
    return log.toPath();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
