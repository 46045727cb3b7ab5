package io.greenwave.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A console user without a browser: signs in through the login form as a browser posts it (view
 * state, form fields, a cookie jar), opens pages with its cookies on any node (cookies do not
 * depend on the port, so one jar serves both loopback nodes, as behind one load balancer), and
 * opens the dashboard's OmniFaces push socket the way the page's script does. Cheaper than a
 * headless browser, and it checks exactly what the cluster has to provide: the session cookie and
 * the pushed messages.
 */
final class ConsoleSession {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");
  private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

  /** The new view state in a partial response ({@code <update id="...ViewState...">}). */
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile(
          "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");

  private static final Pattern PUSH_URL =
      Pattern.compile("OmniFaces\\.Push\\.init\\('[^']*','([^']+)'");

  /** The browser's cookie jar: every cookie a node sets (the session's, and any the grid adds). */
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(cookies)
          .build();

  private String sessionId;

  private ConsoleSession() {}

  /** Signs in on one node; the session is the one the login answer's cookie names. */
  static ConsoleSession signIn(int port, String user, String password) throws Exception {
    ConsoleSession session = new ConsoleSession();
    HttpResponse<String> form =
        session.http.send(get(port, "/console/login.xhtml").build(), text());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (!viewState.find()) {
      throw new AssertionError("no view state on the login page");
    }
    Map<String, String> fields =
        Map.of(
            "login",
            "login",
            "login:username",
            user,
            "login:password",
            password,
            "login:signIn",
            "",
            "jakarta.faces.ViewState",
            viewState.group(1));
    String body = formBody(fields);
    HttpResponse<String> answer =
        session.http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/login.xhtml"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            text());
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || !location.contains("dashboard")) {
      throw new AssertionError(
          "sign-in answered "
              + answer.statusCode()
              + " "
              + location
              + " cookies "
              + session.cookies.getCookieStore().getCookies()
              + " "
              + answer.body());
    }
    // the login changes the session id (no session fixation)
    session.sessionId = sessionCookie(answer).orElse(null);
    return session;
  }

  String sessionId() {
    return sessionId;
  }

  /**
   * The dashboard as this session sees it on a node: 200 signed in, a redirect to the login if not.
   */
  HttpResponse<String> dashboard(int port) throws IOException, InterruptedException {
    return http.send(get(port, "/console/dashboard.xhtml").build(), text());
  }

  /** Where a node sends this session's dashboard request: null when it serves the page. */
  String redirectOn(int port) throws IOException, InterruptedException {
    HttpResponse<String> page = dashboard(port);
    return page.statusCode() / 100 == 3 ? page.headers().firstValue("Location").orElse("") : null;
  }

  /** Whether a node knows this session as signed in. */
  boolean signedInOn(int port) throws IOException, InterruptedException {
    HttpResponse<String> page = dashboard(port);
    return page.statusCode() == 200 && !page.body().contains("id=\"login\"");
  }

  /**
   * Opens the dashboard on a node and connects to its {@code live} push channel as the page's
   * script would; every pushed message is put in {@code messages}.
   */
  WebSocket openLivePush(int port, BlockingQueue<String> messages) throws Exception {
    HttpResponse<String> page = dashboard(port);
    if (page.statusCode() != 200) {
      throw new AssertionError("dashboard answered " + page.statusCode());
    }
    Matcher url = PUSH_URL.matcher(page.body());
    if (!url.find()) {
      throw new AssertionError("no OmniFaces push socket on the dashboard");
    }
    // the page's script opens ws://<host><context>/omnifaces.push/<channel>?<id>
    URI uri = URI.create("ws://127.0.0.1:" + port + "/omnifaces.push/" + url.group(1));
    String cookieHeader =
        cookies.getCookieStore().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return http.newWebSocketBuilder()
        .header("Cookie", cookieHeader)
        .header("Origin", "http://127.0.0.1:" + port)
        .buildAsync(
            uri,
            new WebSocket.Listener() {
              private final StringBuilder partial = new StringBuilder();

              @Override
              public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                  messages.add(partial.toString());
                  partial.setLength(0);
                }
                ws.request(1);
                return null;
              }
            })
        .get();
  }

  /** A console page as one node rendered it: its path, its HTML and its view state. */
  record Page(String path, String html, String viewState) {
    /** The same page after an ajax postback that answered a new view state (else unchanged). */
    Page after(String partialResponse) {
      Matcher m = PARTIAL_VIEW_STATE.matcher(partialResponse);
      return m.find() ? new Page(path, html, m.group(1)) : this;
    }
  }

  /**
   * Opens a console page on a node (GET, as a browser would); it must be served, not redirected.
   */
  Page open(int port, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(get(port, path).build(), text());
    if (r.statusCode() != 200) {
      throw new AssertionError(
          path + " answered " + r.statusCode() + " " + r.headers().firstValue("Location"));
    }
    Matcher viewState = VIEW_STATE.matcher(r.body());
    if (!viewState.find()) {
      throw new AssertionError("no view state on " + path);
    }
    return new Page(path, r.body(), viewState.group(1));
  }

  /**
   * Sends the ajax postback that PrimeFaces' script sends when a component of {@code form} fires
   * {@code event} (null for a command button's click) (e.g. a PrimeFaces select menu's {@code
   * valueChange}): a Faces partial request executing {@code execute}, rendering {@code render},
   * with the form's {@code fields} and the page's view state, to any node, with this session's
   * cookies. Answers the partial response as the node sent it.
   */
  HttpResponse<String> ajax(
      int port,
      Page page,
      String form,
      String source,
      String execute,
      String event,
      String render,
      Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("jakarta.faces.partial.ajax", "true");
    params.put("jakarta.faces.source", source);
    params.put("jakarta.faces.partial.execute", execute);
    params.put("jakarta.faces.partial.render", render);
    if (event == null) {
      params.put(source, source); // a command component: its id posted, as when clicked
    } else {
      params.put("jakarta.faces.behavior.event", event);
      params.put("jakarta.faces.partial.event", event);
    }
    params.put(form, form);
    params.putAll(fields);
    params.put("jakarta.faces.ViewState", page.viewState());
    String body = formBody(params);
    return http.send(
        get(port, page.path())
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        text());
  }

  /** The value selected in a select element of a page or fragment ({@code id} of the select). */
  static String selected(String html, String id) {
    int menu = html.indexOf("id=\"" + id + "\"");
    if (menu < 0) {
      return null;
    }
    String select = html.substring(menu, html.indexOf("</select>", menu));
    Matcher option = Pattern.compile("<option([^>]*)>").matcher(select);
    while (option.find()) {
      if (option.group(1).contains("selected")) {
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(option.group(1));
        return value.find() ? value.group(1) : null;
      }
    }
    return null;
  }

  static BlockingQueue<String> queue() {
    return new LinkedBlockingQueue<>();
  }

  /** The fields as a browser posts a form ({@code application/x-www-form-urlencoded}). */
  private static String formBody(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpRequest.Builder get(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20));
  }

  private static java.util.Optional<String> sessionCookie(HttpResponse<?> r) {
    return r.headers().allValues("Set-Cookie").stream()
        .map(SESSION_COOKIE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .reduce((first, second) -> second);
  }

  private static HttpResponse.BodyHandler<String> text() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
