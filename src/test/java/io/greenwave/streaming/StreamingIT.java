package io.greenwave.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.it.Api;
import io.greenwave.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live streams of the deployed WAR as clients use them: a WebSocket client (the JDK's) and an
 * SSE client (plain HTTP streaming) receive the readings and field metrics posted through the API,
 * filtered by their subscriptions; streams refuse clients without credentials; an SSE client
 * resumes with {@code Last-Event-ID}; WebSocket compression is negotiated; the Python example in
 * docs/examples runs against this server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StreamingIT {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.packagedWar();
  }

  @ArquillianResource URL base;
  Api api;
  String token;

  @BeforeEach
  void client() {
    api = Api.asAdmin(base);
    token = api.token("admin", Api.ADMIN_PASSWORD);
  }

  // ---- WebSocket

  @Test
  void aWebSocketClientAuthenticatesSubscribesAndReceivesOnlyWhatItAskedFor() throws Exception {
    String watched = newIntersection();
    String other = newIntersection();
    Messages ws = Messages.open(wsUri(""));
    try {
      ws.send("{\"type\":\"subscribe\",\"events\":[\"readings\"]}");
      assertError(ws.next(), "token");
      ws.send("{\"type\":\"auth\",\"token\":\"not-a-token\"}");
      assertError(ws.next(), "token");
      ws.send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
      assertEquals("auth", ack(ws.next()).getString("for"));
      ws.send("{\"type\":\"subscribe\",\"events\":[\"weather\"]}");
      assertError(ws.next(), "events");
      ws.send("not json");
      assertError(ws.next(), "message");
      ws.send(
          "{\"type\":\"subscribe\",\"intersections\":[\""
              + watched
              + "\"],\"events\":[\"readings\"],\"format\":\"table\"}");
      JsonObject subscribed = ack(ws.next());
      assertEquals("table", subscribed.getString("format"));

      postReadings(other, 100);
      postReadings(watched, 212);
      JsonObject row = ws.next();
      assertEquals("readings", row.getString("type"), row::toString);
      assertEquals(watched, row.getString("intersectionId"));
      assertTrue(
          row.getJsonArray("columns").toString().contains("latestVehicleCount"), row::toString);

      postMetrics(watched, 21.5);
      ws.send(
          "{\"type\":\"subscribe\",\"intersections\":\"all\",\"events\":[\"metrics\"],"
              + "\"format\":\"dashboard\"}");
      assertEquals("subscribe", ack(ws.next()).getString("for"));
      postReadings(watched, 300);
      postMetrics(watched, 19.0);
      JsonObject metric = ws.next();
      assertEquals("metrics", metric.getString("t"), metric::toString);
      assertEquals(watched, metric.getString("i"));
      assertTrue(metric.getJsonObject("v").toString().contains("19"), metric::toString);
      assertTrue(
          System.currentTimeMillis() - metric.getJsonNumber("ts").longValue() < 20_000,
          "the dashboard format carries the event time");
    } finally {
      ws.close();
    }
  }

  @Test
  void aWebSocketClientCanAuthenticateInTheQueryString() throws Exception {
    String watched = newIntersection();
    Messages ws = Messages.open(wsUri("?token=" + token));
    try {
      assertEquals("auth", ack(ws.next()).getString("for"));
      ws.send("{\"type\":\"subscribe\",\"intersections\":[\"" + watched + "\"]}");
      ack(ws.next());
      JsonObject stats = api.get("/api/stream/stats").json();
      assertTrue(stats.getJsonObject("connections").getInt("websocket") >= 1, stats::toString);
      postReadings(watched, 150);
      JsonObject event = ws.next();
      assertEquals("readings", event.getString("t"), event::toString);
      ws.send("{\"type\":\"ping\"}");
      assertEquals("pong", ws.next().getString("type"));
    } finally {
      ws.close();
    }
  }

  @Test
  void permessageDeflateIsNegotiatedWhenTheClientOffersIt() throws Exception {
    String upgrade = handshake("permessage-deflate; client_max_window_bits");
    assertTrue(upgrade.startsWith("HTTP/1.1 101"), upgrade);
    assertTrue(
        upgrade.toLowerCase().contains("sec-websocket-extensions: permessage-deflate"), upgrade);
    String plain = handshake(null);
    assertTrue(plain.startsWith("HTTP/1.1 101"), plain);
    assertFalse(plain.toLowerCase().contains("permessage-deflate"), plain);
  }

  // ---- SSE

  @Test
  void sseNeedsCredentialsAndRefusesBadFiltersNamingTheField() {
    Api.Reply anonymous = api.anonymous().get("/api/stream/events", "text/event-stream");
    assertEquals(401, anonymous.status(), anonymous::toString);
    assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous::toString);
    Api.Reply bad = api.get("/api/stream/events?events=weather", "text/event-stream");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.body().contains("\"field\":\"events\""), bad::toString);
    assertEquals(401, api.anonymous().get("/api/stream/stats").status());
  }

  @Test
  void anSseClientReceivesEventsAndResumesAfterTheLastEventId() throws Exception {
    String watched = newIntersection();
    List<Long> ids = new ArrayList<>();
    // chart: every event kept (a dashboard client would get the latest value only)
    try (Sse first =
        Sse.open(sseUri(watched, "&format=chart"), "Authorization", "Bearer " + token)) {
      assertEquals("ready", first.next().event());
      for (int vehicles : new int[] {101, 102, 103}) {
        postReadings(watched, vehicles);
        Sse.Event e = first.next();
        assertEquals("readings", e.event(), e::toString);
        assertTrue(e.data().contains(vehiclesPoint(vehicles)), e::toString);
        ids.add(Long.parseLong(e.id()));
      }
    }
    assertTrue(ids.get(0) < ids.get(1) && ids.get(1) < ids.get(2), ids::toString);
    postReadings(watched, 104); // while nobody listens

    try (Sse resumed =
        Sse.open(
            sseUri(watched, "&format=chart"),
            "Authorization",
            "Bearer " + token,
            "Last-Event-ID",
            "" + ids.get(0))) {
      Sse.Event ready = resumed.next();
      assertEquals("ready", ready.event());
      assertTrue(ready.data().contains("\"replayed\":3"), ready::toString);
      assertEquals(ids.get(1).toString(), resumed.next().id());
      assertEquals(ids.get(2).toString(), resumed.next().id());
      assertTrue(resumed.next().data().contains(vehiclesPoint(104)));
    }
  }

  @Test
  void theBrowserStyleTokenParameterWorksForSse() throws Exception {
    String watched = newIntersection();
    try (Sse s = Sse.open(sseUri(watched, "&format=chart&token=" + token))) {
      assertEquals("ready", s.next().event());
      postReadings(watched, 77);
      Sse.Event e = s.next();
      assertTrue(e.data().contains("\"series\":\"latestVehicleCount\""), e::toString);
    }
  }

  @Test
  void thePythonSseExampleReceivesLiveEvents() throws Exception {
    boolean python = commandWorks("python3", "--version");
    if (!python && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("python3 is needed in CI to run docs/examples/sse_client.py");
    }
    Assumptions.assumeTrue(python, "python3 not installed");
    String watched = newIntersection();
    Path out = Files.createTempFile("sse-example", ".txt");
    Process p =
        new ProcessBuilder(
                "python3",
                "docs/examples/sse_client.py",
                "--url",
                api.root(),
                "--token",
                token,
                "--intersections",
                watched,
                "--events",
                "readings",
                "--count",
                "1")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.readString(out).contains("ready") && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      postReadings(watched, 55);
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "example finished: " + Files.readString(out));
      String printed = Files.readString(out);
      assertEquals(0, p.exitValue(), printed);
      assertTrue(printed.contains("\"latestVehicleCount\": 55"), printed);
    } finally {
      p.destroyForcibly();
    }
  }

  // ---- helpers

  private static String vehiclesPoint(int vehicles) {
    return "\"y\":" + vehicles + "}";
  }

  private URI wsUri(String query) {
    return URI.create(api.root().replaceFirst("^http", "ws") + "/ws/stream" + query);
  }

  private URI sseUri(String intersection, String more) {
    return URI.create(
        api.root()
            + "/api/stream/events?intersections="
            + intersection
            + "&events=readings"
            + more);
  }

  private String newIntersection() {
    String id = "st-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        """
        {"id":"%s","name":"Stream %s","location":{"latitude":52.5,"longitude":13.4},
         "timing":{"minGreen":5,"maxGreen":50,"yellow":3,"allRed":2,"cycleMin":30,"cycleMax":120},
         "laneGroups":[
          {"id":"N_T","approach":"N","movements":["THROUGH","RIGHT"],"lanes":2},
          {"id":"E_T","approach":"E","movements":["THROUGH","LEFT","RIGHT"],"lanes":1}],
         "phases":[{"name":"NS","laneGroups":["N_T"]},{"name":"EW","laneGroups":["E_T"]}]}
        """
            .formatted(id, id);
    Api.Reply r = api.postJson("/api/intersections", body);
    assertEquals(201, r.status(), r::toString);
    return id;
  }

  private int interval;

  private void postReadings(String intersection, int vehicles) {
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.HOURS)
            .minusHours(2)
            .plusMinutes(5L * (interval++ % 24));
    Api.Reply r =
        api.postJson(
            "/api/intersections/" + intersection + "/readings",
            "[{\"laneGroup\":\"N_T\",\"intervalStart\":\""
                + start
                + "\",\"intervalSeconds\":300,\"vehicleCount\":"
                + vehicles
                + "}]");
    assertEquals(200, r.status(), r::toString);
  }

  private void postMetrics(String intersection, double averageWait) {
    Api.Reply r =
        api.postJson(
            "/api/ml/metrics",
            "[{\"intersectionId\":\""
                + intersection
                + "\",\"intervalStart\":\""
                + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)
                + "\",\"intervalSeconds\":900,\"controllerType\":\"fixed\",\"averageWait\":"
                + averageWait
                + "}]");
    assertTrue(r.status() == 200 || r.status() == 201, r::toString);
  }

  private static JsonObject ack(JsonObject m) {
    assertEquals("ack", m.getString("type", null), m::toString);
    return m;
  }

  private static void assertError(JsonObject m, String field) {
    assertEquals("error", m.getString("type", null), m::toString);
    assertEquals(field, m.getString("field", null), m::toString);
  }

  private String handshake(String extensions) throws IOException {
    URI uri = URI.create(api.root());
    try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
      s.setSoTimeout(10_000);
      String request =
          "GET /ws/stream?token="
              + token
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
              + (extensions == null ? "" : "Sec-WebSocket-Extensions: " + extensions + "\r\n")
              + "\r\n";
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.append((char) b);
      }
      return head.toString();
    }
  }

  private static boolean commandWorks(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The JDK WebSocket client, its text messages as JSON objects in a queue. */
  static final class Messages implements WebSocket.Listener {
    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static Messages open(URI uri) {
      Messages m = new Messages();
      m.socket = HTTP.newWebSocketBuilder().buildAsync(uri, m).join();
      return m;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        texts.add(partial.toString());
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    void send(String text) {
      socket.sendText(text, true).join();
    }

    JsonObject next() throws InterruptedException {
      String text = texts.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertNotNull(text, "a message within " + WAIT);
      return Json.createReader(new StringReader(text)).readObject();
    }

    void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
  }

  /** A minimal SSE client on a streamed HTTP response. */
  static final class Sse implements AutoCloseable {
    record Event(String id, String event, String data) {}

    private final BufferedReader lines;
    private final HttpResponse<InputStream> response;

    private Sse(HttpResponse<InputStream> response) {
      this.response = response;
      this.lines =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    static Sse open(URI uri, String... headers) throws IOException, InterruptedException {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
      for (int i = 0; i + 1 < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      HttpResponse<InputStream> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
      return new Sse(r);
    }

    /** The next event (comments skipped), or a failure after the wait. */
    Event next() throws Exception {
      var reading =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return read();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      return reading.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private Event read() throws IOException {
      String id = null;
      String event = "message";
      StringBuilder data = new StringBuilder();
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            return new Event(id, event, data.toString());
          }
          continue;
        }
        if (line.startsWith(":")) {
          continue;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
        switch (field) {
          case "id" -> id = value;
          case "event" -> event = value;
          case "data" -> data.append(data.length() > 0 ? "\n" : "").append(value);
          default -> {}
        }
      }
      throw new IOException("stream ended");
    }

    @Override
    public void close() throws IOException {
      response.body().close();
    }
  }
}
