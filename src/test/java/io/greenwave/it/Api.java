package io.greenwave.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small HTTP client for black-box tests of the deployed WAR: what an integrator would do. {@code
 * new Api(url)} is anonymous; {@link #asAdmin(URL)} signs in as the {@code admin} user whose
 * password the IT deployment sets ({@code greenwave.security.admin-password} in arquillian.xml),
 * {@link #withToken(String)} and {@link #withApiKey(String)} give clients with other credentials.
 */
public final class Api {
  /** The admin password of the IT deployments (arquillian.xml). */
  public static final String ADMIN_PASSWORD =
      System.getProperty("greenwave.it.admin-password", "it-Admin-Password-1");

  private static final Map<String, String> ADMIN_TOKENS = new ConcurrentHashMap<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final HttpClient http = HTTP;
  private final String root;
  private final String headerName;
  private final String headerValue;

  public Api(URL deployment) {
    this(
        deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort(),
        null,
        null);
  }

  private Api(String root, String headerName, String headerValue) {
    this.root = root;
    this.headerName = headerName;
    this.headerValue = headerValue;
  }

  /** A client signed in as the IT admin; the token is fetched once per deployment. */
  public static Api asAdmin(URL deployment) {
    Api anonymous = new Api(deployment);
    String token =
        ADMIN_TOKENS.computeIfAbsent(anonymous.root, r -> anonymous.token("admin", ADMIN_PASSWORD));
    return anonymous.withToken(token);
  }

  private static boolean startingUp(Reply r) {
    return r.status() >= 500 && !r.contentType().startsWith("application/problem+json");
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The same server with a bearer token. */
  public Api withToken(String token) {
    return new Api(root, "Authorization", "Bearer " + token);
  }

  /** The same server with an API key in {@code X-API-Key}. */
  public Api withApiKey(String key) {
    return new Api(root, "X-API-Key", key);
  }

  /** The same server without credentials. */
  public Api anonymous() {
    return new Api(root, null, null);
  }

  /**
   * A token for a user, failing the test if sign-in fails. Retries while the container itself
   * answers 5xx (an HTML page, not Greenwave's problem+json): Payara Micro on a reused root folder
   * may report ready while it is still (re)loading the web module.
   */
  public String token(String username, String password) {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    Reply r = anonymous().postJson("/api/auth/token", body);
    for (int i = 0; i < 60 && startingUp(r); i++) {
      pause();
      r = anonymous().postJson("/api/auth/token", body);
    }
    if (r.status() != 200) {
      throw new IllegalStateException("sign-in of " + username + " failed: " + r);
    }
    return r.json().getString("access_token");
  }

  public String root() {
    return root;
  }

  /** A response: status, headers, body as text, and the body as JSON where it is JSON. */
  public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonArray array() {
      return (JsonArray) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public Reply get(String path, String accept) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
  }

  public Reply post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply postJson(String path, String body) {
    return post(path, "application/json", body);
  }

  public Reply put(String path, String body, String ifMatch) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b);
  }

  public Reply delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  public Reply method(String method, String path) {
    return send(
        HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** Any request, with extra headers given as name, value, name, value... */
  public Reply request(
      String method, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  /** A request whose body is streamed with chunked transfer encoding (no Content-Length). */
  public Reply streamed(String method, String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .method(
                method,
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(body))));
  }

  private URI uri(String path) {
    return URI.create(root + path);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      if (headerName != null) {
        request.header(headerName, headerValue);
      }
      HttpResponse<String> r =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
