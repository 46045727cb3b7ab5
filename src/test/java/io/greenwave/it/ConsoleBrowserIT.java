package io.greenwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.it.Api.Reply;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's headless Chromium) against the packaged WAR: sign in as
 * each role and see what it may do, create an intersection after a validation error, upload a CSV
 * with a bad row, watch a training's progress bar and a dashboard chart move by push, deploy past
 * and against the gate, roll back, compare two model versions using only the keyboard, and fit
 * every page on a phone (390 px) and a laptop (1280×800). Screenshots of every page go to {@code
 * target/screenshots/}. Without Chromium the class is skipped, except under {@code CI=true}, where
 * it fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String PASSWORD = "console-Password-1";
  static final Path SHOTS = Path.of("target/screenshots");

  static WebDriver browser;
  static Path profile;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.packagedWar();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!present) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(
            "Chromium is missing: apt-get install -y chromium chromium-driver (required in CI)");
      }
      Assumptions.abort("Chromium is not installed; the console browser test is skipped");
    }
    profile = Files.createTempDirectory("gw-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  // ---------------------------------------------------------------------------------- helpers

  String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  void open(String path) {
    browser.get(url(path));
    settle();
  }

  void settle() {
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d ->
                (Boolean)
                    js(
                        "return document.readyState === 'complete' && (!window.PrimeFaces ||"
                            + " PrimeFaces.ajax.Queue.isEmpty());"));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  void shot(String name) throws IOException {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  void signIn(String user, String password) {
    browser.manage().deleteAllCookies();
    open("/console/login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(password);
    WebElement button = browser.findElement(By.id("login:signIn"));
    button.click();
    // the old page stays 'complete' until the answer replaces it: wait for the replacement (a
    // new page) or for a message on this one, else the next look may find the old elements
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> stale(button) || !messages().isBlank());
    settle();
  }

  private static boolean stale(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException e) {
      // stale, or Chromium's "node does not belong to the document": the page was replaced
      return true;
    }
  }

  private String messages() {
    try {
      return browser.findElements(By.id("login:messages")).stream()
          .map(WebElement::getText)
          .findFirst()
          .orElse("");
    } catch (org.openqa.selenium.WebDriverException e) {
      return "";
    }
  }

  void signOut() {
    browser.findElement(By.id("userForm:logout")).click();
    settle();
  }

  /** Opens a live page and waits until its socket opened and its resync re-rendered it. */
  void openLive(String path) {
    open(path);
    until("socket open", 30, () -> "live".equals(text(By.id("gw-socket-state"))));
    settle();
  }

  boolean present(By by) {
    return !browser.findElements(by).isEmpty();
  }

  /** The element's text; looked up again if a re-render replaced it meanwhile. */
  String text(By by) {
    for (int attempt = 0; ; attempt++) {
      try {
        return browser.findElement(by).getText();
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
        settle();
      }
    }
  }

  void until(String what, int seconds, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(seconds))
        .withMessage(what)
        .until(d -> condition.getAsBoolean());
  }

  void createUser(Api admin, String name, String role) {
    Reply r =
        admin.postJson(
            "/api/users",
            "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}"
                .formatted(name, PASSWORD, role));
    assertTrue(r.status() == 201 || r.status() == 409, r::toString);
  }

  /** A click on a button that asks for confirmation first, then Yes in the global dialog. */
  void clickConfirmed(WebElement button) {
    js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    WebElement yes =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(
                d ->
                    d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    yes.click();
    settle();
  }

  // ------------------------------------------------------------------------------------ tests

  @Test
  @Order(1)
  void eachRoleSeesWhatItMayDo() throws IOException {
    Api admin = Api.asAdmin(base);
    createUser(admin, "olivia", "operator");
    createUser(admin, "victor", "viewer");
    createUser(admin, "device-7", "device");

    open("/console/dashboard.xhtml");
    assertTrue(browser.getCurrentUrl().contains("/console/login.xhtml"), "anonymous: login first");
    shot("console-login");

    signIn("admin", "wrong-password-123");
    assertTrue(text(By.id("login:messages")).contains("Wrong username or password"));

    signIn("device-7", PASSWORD);
    assertTrue(text(By.id("login:messages")).contains("for devices"));

    signIn("victor", PASSWORD);
    assertTrue(browser.getCurrentUrl().contains("/console/dashboard.xhtml"));
    assertEquals("victor", text(By.id("signed-in-as")));
    assertFalse(present(By.id("nav-admin")), "viewers have no admin navigation");
    open("/console/intersection.xhtml?id=iso-1");
    assertFalse(present(By.id("edit:save")), "viewers cannot save intersections");
    open("/console/training.xhtml");
    assertFalse(present(By.id("train:start")), "viewers cannot train");
    open("/console/admin/users.xhtml");
    assertTrue(browser.getPageSource().contains("403") || browser.getTitle().contains("403"));
    open("/console/dashboard.xhtml");
    signOut();
    assertTrue(present(By.id("loggedOut")));
    open("/console/dashboard.xhtml");
    assertTrue(browser.getCurrentUrl().contains("login"), "signed out: the session is gone");

    signIn("olivia", PASSWORD);
    assertFalse(present(By.id("nav-admin")), "operators have no admin navigation");
    open("/console/intersection.xhtml?id=iso-1");
    assertTrue(present(By.id("edit:save")), "operators edit intersections");
    shot("console-intersection");

    signIn("admin", Api.ADMIN_PASSWORD);
    assertTrue(present(By.id("nav-admin")), "admins see the admin pages");
  }

  @Test
  @Order(2)
  void dashboardChartGainsPointsByPush() throws Exception {
    signIn("admin", Api.ADMIN_PASSWORD);
    openLive("/console/dashboard.xhtml");
    js("window.gwNotReloaded = true;");
    settle();
    // a wait no earlier run used, so that the pushed point is recognisable in the chart
    double wait = 30 + (System.nanoTime() % 1000) / 4.0; // exact in binary
    Api admin = Api.asAdmin(base);
    OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 4; i++) {
      body.append(i == 0 ? "" : ",")
          .append(
              "{\"intersectionId\":\"iso-1\",\"intervalStart\":\"%s\",\"intervalSeconds\":900,\"controllerType\":\"greenwave\",\"averageWait\":%s,\"averageQueue\":4.5,\"throughput\":1400}"
                  .formatted(t0.minusMinutes(15L * (4 - i)), i == 3 ? wait : 20 + i));
    }
    Reply stored = admin.postJson("/api/ml/metrics", body.append("]").toString());
    assertEquals(200, stored.status(), stored::toString);
    until(
        "the chart gained a point by push",
        30,
        () ->
            (Boolean)
                js(
                    "return PF('waitChart').chart.data.datasets.some(function (d) {"
                        + " return d.data.some(function (p) { return p.y === arguments[0]; }); });"
                            .replace("arguments[0]", String.valueOf(wait)))); // the latest, pushed
    assertEquals(Boolean.TRUE, js("return window.gwNotReloaded === true;"), "no page reload");
    settle();
    Thread.sleep(2500); // the status table follows within 2 s
    settle();
    shot("console-dashboard");
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/console/dashboard.xhtml");
    shot("console-dashboard-phone");
    browser.manage().window().setSize(new Dimension(1280, 800));
  }

  @Test
  @Order(3)
  void intersectionIsCreatedAfterAValidationError() throws IOException {
    signIn("olivia", PASSWORD);
    open("/console/intersection.xhtml");
    browser.findElement(By.id("edit:id")).sendKeys("console-1");
    // no name, and a yellow of 1 s: both refused by IntersectionRules, each at its field
    WebElement yellow = browser.findElement(By.id("edit:yellow"));
    yellow.clear();
    yellow.sendKeys("1");
    browser.findElement(By.id("edit:save")).click();
    settle();
    assertTrue(
        browser.findElements(By.cssSelector(".ui-message-error")).stream()
            .anyMatch(e -> e.getText().contains("is required")),
        "the missing name is reported at its field");
    assertTrue(browser.getPageSource().contains("must be between 2 and 10"));
    js("window.scrollTo(0, 0);");
    shot("console-intersection-errors");
    browser.findElement(By.id("edit:name")).sendKeys("Console Ave & 1st St");
    yellow = browser.findElement(By.id("edit:yellow"));
    yellow.clear();
    yellow.sendKeys("4");
    browser.findElement(By.id("edit:save")).click();
    settle();
    until("saved and redirected", 30, () -> browser.getCurrentUrl().contains("id=console-1"));
    assertEquals(200, Api.asAdmin(base).get("/api/intersections/console-1").status());
    open("/console/intersections.xhtml");
    assertTrue(browser.getPageSource().contains("console-1"));
    shot("console-intersections");
  }

  @Test
  @Order(4)
  void csvUploadReportsTheBadRow() throws IOException {
    signIn("olivia", PASSWORD);
    open("/console/data.xhtml");
    String t =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(3).toString();
    Path csv = Files.createTempFile("readings", ".csv");
    Files.writeString(
        csv,
        "laneGroup,intervalStart,vehicleCount\n"
            + "N_T,"
            + t
            + ",120\n"
            + "NOPE,"
            + t
            + ",80\n"
            + "S_T,"
            + t
            + ",110\n");
    browser.findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
    until("upload report", 60, () -> present(By.id("uploadSummary")));
    settle();
    String summary = text(By.id("uploadSummary"));
    assertTrue(summary.contains("2 stored") && summary.contains("1 rejected"), summary);
    String errors = text(By.id("data:rowErrors"));
    assertTrue(errors.contains("2") && errors.contains("laneGroup"), errors);
    shot("console-data");
  }

  @Test
  @Order(5)
  void trainingProgressAdvancesByPush() throws IOException {
    signIn("olivia", PASSWORD);
    openLive("/console/training.xhtml");
    WebElement episodes = browser.findElement(By.id("train:episodes"));
    episodes.clear();
    episodes.sendKeys("400");
    browser.findElement(By.id("train:start")).click();
    settle();
    js("window.gwNotReloaded = true;");
    String jobId =
        (String)
            js("var b = document.querySelector('.gw-bar'); return b ? b.id.substring(4) : null;");
    assertTrue(jobId != null, "the new job is listed");
    List<Integer> seen = new ArrayList<>();
    until(
        "the progress bar advanced by push",
        180,
        () -> {
          Object p =
              js(
                  "var b = document.getElementById('bar-' + arguments[0]);"
                      + " return b ? parseInt(b.getAttribute('data-progress')) : -1;",
                  jobId);
          int progress = ((Number) p).intValue();
          if (seen.isEmpty() || seen.get(seen.size() - 1) != progress) {
            seen.add(progress);
          }
          return seen.stream().filter(v -> v > 0 && v < 100).count() >= 2
              || (seen.size() >= 3 && progress == 100);
        });
    assertEquals(Boolean.TRUE, js("return window.gwNotReloaded === true;"), "no page reload");
    js("document.getElementById('jobs').scrollIntoView();");
    shot("console-training");
  }

  @Test
  @Order(6)
  void deployIsGatedAndRollsBack() throws Exception {
    Api admin = Api.asAdmin(base);
    String good =
        train(
            admin,
            "{\"intersectionId\":\"art-2\",\"kind\":\"policy\",\"algorithm\":\"POLICY_SEARCH\",\"hyperparameters\":{\"episodes\":48},\"seed\":5}");
    String weak =
        train(
            admin,
            "{\"intersectionId\":\"art-2\",\"kind\":\"policy\",\"algorithm\":\"Q_TABLE\",\"hyperparameters\":{\"episodes\":2},\"seed\":3}");
    signIn("admin", Api.ADMIN_PASSWORD);
    openLive("/console/models.xhtml?intersection=art-2");
    // the good version first (forced if even it does not beat the baselines of a short training)
    deploy(1, false);
    if (text(By.id("models:verdict")).contains("Refused")) {
      deploy(1, true);
    }
    assertTrue(text(By.id("models:verdict")).contains("deployed"));
    // the 2-episode Q-table is worse than the active version: the gate refuses it
    deploy(2, false);
    String refusal = text(By.id("models:verdict"));
    assertTrue(refusal.contains("Refused"), refusal);
    shot("console-models-refused");
    deploy(2, true);
    assertTrue(text(By.id("models:verdict")).contains("forced"));
    clickConfirmed(browser.findElement(By.id("models:rollbackPolicy")));
    String rolledBack = text(By.id("models:verdict"));
    assertTrue(rolledBack.contains("Rolled back") && rolledBack.contains(good), rolledBack);
    assertTrue(text(By.id("models:history")).contains("ROLLBACK"));
    shot("console-models");
    assertTrue(weak != null);

    signIn("olivia", PASSWORD);
    open("/console/models.xhtml?intersection=art-2");
    assertTrue(browser.findElements(By.cssSelector("[id$=':force']")).isEmpty(), "admins only");
  }

  /** Deploys the row of policy version {@code n} (rows are newest first). */
  void deploy(int version, boolean force) {
    String label = "policy v" + version;
    WebElement row =
        browser.findElements(By.cssSelector("[id='models:versions'] tbody tr")).stream()
            .filter(r -> r.getText().contains(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + label));
    clickConfirmed(row.findElement(By.cssSelector(force ? "[id$=':force']" : "[id$=':deploy']")));
  }

  static String train(Api api, String body) throws InterruptedException {
    Reply started = api.postJson("/api/ml/train", body);
    assertEquals(202, started.status(), started::toString);
    String location = started.header("Location");
    String path = location.substring(location.indexOf("/api/"));
    for (int i = 0; i < 600; i++) {
      var job = api.get(path).json();
      String status = job.getString("status");
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        assertEquals("SUCCEEDED", status, job::toString);
        return job.getString("modelId");
      }
      Thread.sleep(250);
    }
    throw new AssertionError("training did not end");
  }

  @Test
  @Order(7)
  void everyPageRenders() throws IOException {
    signIn("admin", Api.ADMIN_PASSWORD);
    for (String page : List.of("system", "api", "admin/users", "admin/audit")) {
      open("/console/" + page + ".xhtml");
      assertFalse(browser.getPageSource().contains("Error"), page);
      shot("console-" + page.replace('/', '-'));
    }
  }

  @Test
  @Order(8)
  void performanceComparesTwoControllers() throws IOException {
    Api admin = Api.asAdmin(base);
    createUser(admin, "victor", "viewer");
    // a day ago, so that the dashboard's live window and other tests' metrics stay apart
    OffsetDateTime t0 =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusDays(1);
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 12; i++) {
      String at = t0.minusMinutes(15L * i).toString();
      body.append(i == 0 ? "" : ",")
          .append(metric(at, "fixed-time", 38.5 + i % 4))
          .append(",")
          .append(metric(at, "greenwave", 27 + i % 3));
    }
    Reply stored = admin.postJson("/api/ml/metrics", body.append("]").toString());
    assertEquals(200, stored.status(), stored::toString);

    signIn("victor", PASSWORD); // viewers may read the performance
    open("/console/performance.xhtml");
    choose("perf:intersection", "art-2"); // reloads the controller types of art-2
    if (!browser
        .findElement(By.cssSelector("[id='perf:comparison'] input[value='controllers']"))
        .isSelected()) {
      browser.findElement(By.xpath("//label[@for=//input[@value='controllers']/@id]")).click();
      settle();
    }
    until(
        "the controller types of art-2",
        30,
        () ->
            browser.findElements(By.cssSelector("[id='perf:a_input'] option")).stream()
                .anyMatch(o -> o.getText().contains("fixed-time")));
    choose("perf:a", "fixed-time");
    choose("perf:b", "greenwave");
    browser.findElement(By.id("perf:compare")).click();
    settle();
    if (!present(By.id("change"))) {
      shot("console-performance");
      throw new AssertionError("no comparison shown: " + text(By.id("perf")));
    }

    String change = text(By.id("change"));
    assertTrue(change.matches("-[\\d.,]+\\s*%"), "the change in percent: " + change);
    assertTrue(text(By.id("changeDetail")).contains("95 % CI"), text(By.id("changeDetail")));
    String p = text(By.id("pValue"));
    assertTrue(p.contains("p < 0.0001") && p.contains("Welch"), p);
    assertTrue(present(By.cssSelector("[id='perf:chart'] canvas")), "the chart is drawn");
    assertEquals(2L, js("return PF('perfChart').chart.data.datasets.length;"), "mean and CI bars");
    assertTrue(
        ((String) js("return PF('perfChart').chart.toBase64Image();")).startsWith("data:image/png"),
        "the chart exports as PNG");
    String groups = text(By.id("perf:groups"));
    assertTrue(groups.contains("fixed-time") && groups.contains("greenwave"), groups);
    shot("console-performance");
  }

  @Test
  @Order(9)
  void modelsAreComparedUsingOnlyTheKeyboard() throws Exception {
    Api admin = Api.asAdmin(base);
    List<String> policies = policyVersions(admin, "art-2");
    while (policies.size() < 2) { // when run alone: the deploy test trains two
      train(
          admin,
          "{\"intersectionId\":\"art-2\",\"kind\":\"policy\",\"algorithm\":\"Q_TABLE\",\"hyperparameters\":{\"episodes\":4},\"seed\":"
              + (11 + policies.size())
              + "}");
      policies = policyVersions(admin, "art-2");
    }
    // the API refuses bad pairs with problem+json naming the field
    Reply unknown = admin.get("/api/ml/compare/art-2?a=no-such-version&b=" + policies.get(0));
    assertEquals(404, unknown.status(), unknown::toString);
    assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown::toString);
    assertEquals("a", firstField(unknown));
    Reply missing = admin.get("/api/ml/compare/art-2?a=" + policies.get(0));
    assertEquals(400, missing.status(), missing::toString);
    assertEquals("b", firstField(missing));
    Reply same = admin.get("/api/ml/compare/art-2?a=" + policies.get(0) + "&b=" + policies.get(0));
    assertEquals(400, same.status(), same::toString);
    assertEquals("b", firstField(same));
    Reply pair = admin.get("/api/ml/compare/art-2?a=" + policies.get(1) + "&b=" + policies.get(0));
    assertEquals(200, pair.status(), pair::toString);
    assertTrue(pair.body().contains("meanDelay") && pair.body().contains("\"gate\""), pair.body());

    // sign in with keys only: Tab to each field, type, Enter submits
    browser.manage().deleteAllCookies();
    open("/console/login.xhtml");
    tabTo("login:username", 10);
    active().sendKeys("admin");
    tabTo("login:password", 3);
    active().sendKeys(Api.ADMIN_PASSWORD);
    WebElement form = browser.findElement(By.id("login:signIn"));
    active().sendKeys(org.openqa.selenium.Keys.ENTER);
    until("signed in", 30, () -> stale(form));
    settle();
    assertTrue(
        browser.getCurrentUrl().contains("/console/dashboard.xhtml"), browser.getCurrentUrl());

    // the first Tab stop skips the navigation; it is visible when focused
    keys(org.openqa.selenium.Keys.TAB);
    assertEquals("skip-to-content", active().getAttribute("id"));
    assertTrue(active().getRect().getY() >= 0, "the skip link shows when focused");
    assertFalse(
        "none".equals(js("return getComputedStyle(document.activeElement).outlineStyle;")),
        "focus is visible");
    // the menu is reached by Tab: on to Models, Enter follows it
    tabUntil("the Models link", 20, () -> "Models".equals(active().getText().trim()));
    WebElement link = active();
    link.sendKeys(org.openqa.selenium.Keys.ENTER);
    until("the Models page", 30, () -> stale(link));
    settle();
    // the intersection menu: arrow keys change it (an ajax re-render keeps the focus)
    tabTo("models:intersection_label", 30);
    for (int i = 0; i < 10 && !text(By.id("models:intersection_label")).equals("art-2"); i++) {
      keys(org.openqa.selenium.Keys.ARROW_DOWN);
      settle();
      Thread.sleep(300);
      settle();
      if (!"models:intersection_label".equals(active().getAttribute("id"))) {
        tabTo("models:intersection_label", 30);
      }
    }
    assertEquals("art-2", text(By.id("models:intersection_label")));
    // the compare button with its default pair (the active version against the newest other)
    tabTo("models:compare", 60);
    keys(org.openqa.selenium.Keys.ENTER);
    settle();
    until("the comparison", 30, () -> present(By.id("models:comparison")));
    String metrics = text(By.id("models:metrics"));
    assertTrue(metrics.contains("meanDelay") && metrics.contains("better"), metrics);
    assertTrue(text(By.id("models:settings")).contains("algorithm"));
    String lineage = text(By.id("models:lineage"));
    assertTrue(lineage.contains("created by") && lineage.contains("active when trained"), lineage);
    assertTrue(text(By.id("gateVerdict")).contains("Deploy gate"));
    assertTrue(present(By.cssSelector("[id='models:comparisonChart'] canvas")), "chart of both");
    assertEquals(2L, js("return PF('comparisonChart').chart.data.datasets.length;"));
    Thread.sleep(300);
    assertEquals("models:compare", active().getAttribute("id"), "focus stays on the button");
    js("document.getElementById('compareSection').scrollIntoView();");
    shot("console-models-compare");

    // a confirm dialog by keyboard: Enter opens it with focus on Yes, Escape closes it and
    // gives the focus back to the button that opened it
    WebElement rollback = browser.findElement(By.id("models:rollbackPolicy"));
    js("arguments[0].focus();", rollback);
    keys(org.openqa.selenium.Keys.ENTER);
    until(
        "the confirm dialog has the focus",
        10,
        () -> active().getAttribute("class").contains("ui-confirmdialog-yes"));
    shot("console-models-confirm-keyboard");
    keys(org.openqa.selenium.Keys.ESCAPE);
    until(
        "focus back on the rollback button",
        10,
        () -> "models:rollbackPolicy".equals(active().getAttribute("id")));

    // a version's row compares it with the active version in one step
    // (the page re-renders the table when its push socket opens: wait for that, and look the row
    // up again should a push replace it between finding and clicking)
    openLive("/console/models.xhtml?intersection=art-2");
    until(
        "'compare with active' clicked in the row of policy v2",
        30,
        () -> {
          try {
            browser.findElements(By.cssSelector("[id='models:versions'] tbody tr")).stream()
                .filter(r -> r.getText().contains("policy v2"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row policy v2"))
                .findElement(By.cssSelector("[id$=':compareWithActive']"))
                .click();
            return true;
          } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return false;
          }
        });
    settle();
    until("the comparison with the active version", 30, () -> present(By.id("models:comparison")));
    assertTrue(
        text(By.id("gateVerdict")).contains("if v2 replaced v1"), text(By.id("gateVerdict")));

    // on a phone the folded menu opens with Space
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/console/dashboard.xhtml");
    keys(org.openqa.selenium.Keys.TAB);
    keys(org.openqa.selenium.Keys.TAB);
    tabUntil("the menu toggle", 5, () -> "gw-nav-toggle".equals(active().getAttribute("id")));
    assertFalse(browser.findElement(By.id("gw-nav")).isDisplayed(), "folded");
    keys(org.openqa.selenium.Keys.SPACE);
    assertTrue(browser.findElement(By.id("gw-nav")).isDisplayed(), "Space opens the menu");
    keys(org.openqa.selenium.Keys.TAB);
    assertEquals("Dashboard", active().getText().trim());
    browser.manage().window().setSize(new Dimension(1280, 800));
  }

  @Test
  @Order(10)
  void everyPageFitsAPhoneAndALaptop() throws IOException {
    signIn("admin", Api.ADMIN_PASSWORD);
    List<String> overflowing = new ArrayList<>();
    for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
      browser.manage().window().setSize(new Dimension(size[0], size[1]));
      for (String page :
          List.of(
              "dashboard",
              "intersections",
              "intersection?id=iso-1",
              "data",
              "training",
              "models?intersection=art-2",
              "performance",
              "system",
              "admin/users",
              "admin/audit",
              "api")) {
        String path = "/console/" + page.replaceFirst("^([a-z/]+)", "$1.xhtml");
        open(path);
        // wider than the window means a sideways scroll of the whole page
        long wider =
            (Long)
                js(
                    "return Math.max(0, document.documentElement.scrollWidth -"
                        + " document.documentElement.clientWidth);");
        if (wider > 0) {
          overflowing.add(page + " at " + size[0] + " px: " + wider + " px too wide");
        }
        shot("console-" + page.replaceAll("\\?.*", "").replace('/', '-') + "-" + size[0]);
      }
    }
    browser.manage().window().setSize(new Dimension(1280, 800));
    assertTrue(overflowing.isEmpty(), overflowing::toString);
  }

  static List<String> policyVersions(Api api, String intersectionId) {
    Reply r = api.get("/api/ml/models?intersectionId=" + intersectionId);
    assertEquals(200, r.status(), r::toString);
    return r.array().stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(m -> "policy".equals(m.getString("kind")))
        .map(m -> m.getString("id"))
        .toList();
  }

  static String firstField(Reply problem) {
    return problem.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }

  WebElement active() {
    return browser.switchTo().activeElement();
  }

  void keys(CharSequence key) {
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(key).perform();
  }

  /** Presses Tab until the element with this id has the focus. */
  void tabTo(String id, int maxTabs) {
    tabUntil(id, maxTabs, () -> id.equals(active().getAttribute("id")));
  }

  void tabUntil(String what, int maxTabs, java.util.function.BooleanSupplier reached) {
    for (int i = 0; i < maxTabs; i++) {
      if (reached.getAsBoolean()) {
        return;
      }
      keys(org.openqa.selenium.Keys.TAB);
    }
    assertTrue(reached.getAsBoolean(), what + " is not reached by Tab; focus on " + describe());
  }

  private String describe() {
    WebElement a = active();
    return a.getTagName() + "#" + a.getAttribute("id") + " '" + a.getText() + "'";
  }

  /** Picks an option of a PrimeFaces select menu as a user does: open it, click the item. */
  void choose(String menuId, String label) {
    for (int attempt = 1; ; attempt++) {
      try {
        browser
            .findElement(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger"))
            .click();
        WebElement item =
            new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                    d ->
                        d.findElements(By.cssSelector("[id='" + menuId + "_items'] li")).stream()
                            .filter(li -> li.isDisplayed() && label.equals(li.getText().trim()))
                            .findFirst()
                            .orElse(null));
        item.click();
        settle();
        return;
      } catch (org.openqa.selenium.WebDriverException e) {
        // a re-render replaced the menu while it opened: open the new one
        if (attempt == 3) {
          throw e;
        }
        settle();
      }
    }
  }

  static String metric(String at, String controller, double wait) {
    return ("{\"intersectionId\":\"art-2\",\"intervalStart\":\"%s\",\"intervalSeconds\":900,"
            + "\"controllerType\":\"%s\",\"averageWait\":%s,\"throughput\":1400}")
        .formatted(at, controller, wait);
  }
}
