package io.greenwave.bench.streaming;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Opens {@code connections} WebSockets to {@code /ws/stream}, subscribes connection {@code i} to
 * intersection {@code bench-(i mod connections)} in the dashboard format, asks the server's bench
 * producer for one event per intersection per second for {@code seconds}, and measures for each
 * received event the time from its production ({@code ts}) to its receipt. Client and server run on
 * one machine, so their clocks agree. Prints figures and, last, one JSON line.
 *
 * <p>Arguments: {@code url token connections seconds}.
 */
public final class StreamingLoad {
  /** Handshakes in flight at once: enough to open 10,000 in seconds, few enough not to stall. */
  static final int OPENING = 200;

  /** Latency histogram resolution: 1 ms buckets up to 10 s. */
  static final int BUCKETS = 10_001;

  /** Events that arrive in the first seconds (JIT warm-up, still opening) are not measured. */
  static final long WARMUP_MILLIS = 3000;

  private final AtomicLongArray histogram = new AtomicLongArray(BUCKETS);
  private final AtomicLong received = new AtomicLong();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile long measureFrom = Long.MAX_VALUE;
  private volatile long measureUntil = Long.MAX_VALUE;

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String token = args[1];
    int connections = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    new StreamingLoad().run(url, token, connections, seconds);
  }

  void run(String url, String token, int connections, int seconds) throws Exception {
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < Math.max(1, Runtime.getRuntime().availableProcessors()); i++) {
      clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build());
    }
    URI ws = URI.create(url.replaceFirst("^http", "ws") + "/ws/stream?token=" + token);
    long t0 = System.nanoTime();
    CountDownLatch subscribed = new CountDownLatch(connections);
    Semaphore opening = new Semaphore(OPENING);
    for (int i = 0; i < connections; i++) {
      opening.acquire();
      Connection c = new Connection("bench-" + i, subscribed, opening);
      CompletableFuture<WebSocket> f =
          clients.get(i % clients.size()).newWebSocketBuilder().buildAsync(ws, c);
      f.whenComplete(
          (s, e) -> {
            if (e != null) {
              failed.incrementAndGet();
              opening.release();
              subscribed.countDown();
            }
          });
      f.thenAccept(c::opened);
    }
    subscribed.await(300, TimeUnit.SECONDS);
    double openSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "opened %d of %d connections in %.1f s (%d failed)%n",
        open.get(),
        connections,
        openSeconds,
        failed.get());

    produce(url, token, connections, seconds);
    long start = System.currentTimeMillis();
    measureFrom = start + WARMUP_MILLIS;
    measureUntil = start + seconds * 1000L;
    long receivedBefore = received.get();
    Thread.sleep(seconds * 1000L + 2000);
    long messages = received.get() - receivedBefore;
    report(connections, open.get(), messages, seconds);
    System.exit(0);
  }

  private static void produce(String url, String token, int intersections, int seconds)
      throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            url
                                + "/api/stream/bench?perSecond=1&intersections="
                                + intersections
                                + "&seconds="
                                + seconds))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("bench producer refused: " + r.statusCode() + " " + r.body());
    }
  }

  private void report(int wanted, int held, long messages, int seconds) {
    long count = 0;
    for (int i = 0; i < BUCKETS; i++) {
      count += histogram.get(i);
    }
    long p50 = percentile(count, 0.50);
    long p99 = percentile(count, 0.99);
    System.out.printf(
        Locale.ROOT,
        "connections %d/%d held, %d messages in %d s (%.0f msg/s), latency p50 %d ms, p99 %d ms"
            + " (%d measured)%n",
        held,
        wanted,
        messages,
        seconds,
        messages / (double) seconds,
        p50,
        p99,
        count);
    System.out.printf(
        Locale.ROOT,
        "{\"connections\":%d,\"connectionsHeld\":%d,\"messagesPerSecond\":%.0f,"
            + "\"p50LatencyMs\":%d,\"p99LatencyMs\":%d,\"measured\":%d}%n",
        wanted,
        held,
        messages / (double) seconds,
        p50,
        p99,
        count);
  }

  private long percentile(long count, double p) {
    long rank = (long) Math.ceil(count * p);
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += histogram.get(i);
      if (seen >= rank && count > 0) {
        return i;
      }
    }
    return -1;
  }

  private void measure(String text) {
    long now = System.currentTimeMillis();
    int at = text.indexOf("\"ts\":");
    if (at < 0 || !text.startsWith("{\"id\"")) {
      return;
    }
    received.incrementAndGet();
    if (now < measureFrom || now > measureUntil + 2000) {
      return;
    }
    int end = at + 5;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    long ts = Long.parseLong(text, at + 5, end, 10);
    histogram.incrementAndGet((int) Math.min(BUCKETS - 1, Math.max(0, now - ts)));
  }

  /** One WebSocket: subscribes after the auth ack, then measures every event. */
  private final class Connection implements WebSocket.Listener {
    private final String intersection;
    private final CountDownLatch subscribed;
    private final Semaphore opening;
    private final StringBuilder partial = new StringBuilder();
    private boolean acked;
    private boolean closed;

    Connection(String intersection, CountDownLatch subscribed, Semaphore opening) {
      this.intersection = intersection;
      this.subscribed = subscribed;
      this.opening = opening;
    }

    void opened(WebSocket s) {
      open.incrementAndGet();
      s.sendText(
          "{\"type\":\"subscribe\",\"intersections\":[\""
              + intersection
              + "\"],\"events\":[\"simulation\"],\"format\":\"dashboard\"}",
          true);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        if (!acked && text.contains("\"for\":\"subscribe\"")) {
          acked = true;
          opening.release();
          subscribed.countDown();
        } else {
          measure(text);
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      gone();
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      gone();
    }

    private synchronized void gone() {
      if (!closed) {
        closed = true;
        open.decrementAndGet();
        if (!acked) {
          acked = true;
          opening.release();
          subscribed.countDown();
        }
      }
    }
  }
}
