package io.greenwave.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An SSE client as a dashboard behind a load balancer would be: it follows {@code
 * /api/stream/events} on its first node, and when that connection breaks it reconnects to the next
 * node at once with {@code Last-Event-ID} set to the last id it saw. (A browser's EventSource would
 * first wait the 3 s {@code retry} the server announces.) Records every event with the node that
 * delivered it, and what the reconnection's {@code ready} event said.
 */
final class StreamFollower implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  /** One event as received: its id, SSE event name, data, the index of the node that sent it. */
  record Arrival(long id, String event, String data, int node, long nanos) {}

  private final List<Integer> ports;
  private final String authorization;
  private final String query;
  private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile boolean running = true;
  private volatile InputStream current;
  private volatile long lastEventId = -1;
  private volatile long disconnectedAt;
  private volatile long reconnectedAt;
  private volatile String reconnectReady;
  private volatile boolean resetOnReconnect;
  private Thread thread;

  StreamFollower(List<Integer> ports, String authorization, String query) {
    this.ports = List.copyOf(ports);
    this.authorization = authorization;
    this.query = query;
  }

  /** Connects to the first node and waits for its {@code ready} event. */
  StreamFollower start() throws InterruptedException {
    thread = new Thread(this::follow, "sse-follower");
    thread.setDaemon(true);
    thread.start();
    if (!ready.await(20, TimeUnit.SECONDS)) {
      throw new AssertionError("the event stream did not open");
    }
    return this;
  }

  private void follow() {
    int node = 0;
    while (running) {
      try {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + ports.get(node) + "/api/stream/events?" + query))
                .header("Accept", "text/event-stream")
                .header("Authorization", authorization);
        if (lastEventId >= 0) {
          request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        HttpResponse<InputStream> response =
            HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
          response.body().close();
          throw new IOException("HTTP " + response.statusCode());
        }
        current = response.body();
        read(node, current);
      } catch (IOException e) {
        // the node is gone (or refused): on to the next one below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (!running) {
        return;
      }
      if (disconnectedAt == 0) {
        disconnectedAt = System.nanoTime();
      }
      node = Math.min(node + 1, ports.size() - 1);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void read(int node, InputStream body) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    long id = -1;
    String event = "message";
    StringBuilder data = new StringBuilder();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isEmpty()) {
        dispatch(node, id, event, data.toString());
        id = -1;
        event = "message";
        data.setLength(0);
      } else if (line.startsWith("id:")) {
        id = Long.parseLong(line.substring(3).trim());
      } else if (line.startsWith("event:")) {
        event = line.substring(6).trim();
      } else if (line.startsWith("data:")) {
        data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).stripLeading());
      }
    }
    throw new IOException("stream ended");
  }

  private void dispatch(int node, long id, String event, String data) {
    long now = System.nanoTime();
    if ("ready".equals(event)) {
      if (node > 0 && reconnectedAt == 0) {
        reconnectedAt = now;
        reconnectReady = data;
      }
      ready.countDown();
      return;
    }
    if ("reset".equals(event)) {
      if (node > 0) {
        resetOnReconnect = true;
      }
      return;
    }
    if (id >= 0) {
      lastEventId = id;
      arrivals.add(new Arrival(id, event, data, node, now));
    }
  }

  List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  /** When the first connection broke ({@link System#nanoTime()}), 0 if it did not. */
  long disconnectedAt() {
    return disconnectedAt;
  }

  /** When the second node's {@code ready} event arrived, 0 if it did not. */
  long reconnectedAt() {
    return reconnectedAt;
  }

  /** The data of the second node's {@code ready} event (how many events it replayed). */
  String reconnectReady() {
    return reconnectReady;
  }

  /** Whether the second node said that events after the client's last id were gone. */
  boolean resetOnReconnect() {
    return resetOnReconnect;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    InputStream in = current;
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // closing is all we wanted
      }
    }
    if (thread != null) {
      thread.interrupt();
      thread.join(5000);
    }
  }
}
