package io.greenwave.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine or Kubernetes cluster on our machines, so the container files are
 * checked here instead: every YAML and Compose file parses; image tags, ports (HTTP 8080, data grid
 * 6900), probe paths and cluster discovery agree with each other and with the application; every
 * {@code GREENWAVE_*} variable is a key the application reads; and no secret value is written into
 * any of them.
 */
class DeploymentFilesTest {
  private static final Path DOCKER = Path.of("docker");
  private static final Path K8S = DOCKER.resolve("k8s");
  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY|CREDENTIAL).*");
  private static final Set<String> NODES = Set.of("greenwave-1", "greenwave-2");

  @Test
  void everyYamlFileParses() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(DOCKER)) {
      files = walk.filter(p -> p.toString().matches(".*\\.ya?ml$")).toList();
    }
    assertTrue(files.size() >= 14, "YAML files found: " + files);
    for (Path file : files) {
      List<Object> documents = yamlDocuments(file);
      assertFalse(documents.isEmpty(), file + " is empty");
      documents.forEach(d -> assertTrue(d instanceof Map, file + ": not a mapping"));
    }
    Json.createReader(new StringReader(read(DOCKER.resolve("grafana/dashboards/greenwave.json"))))
        .readObject();
  }

  @Test
  void imagesArePinnedAndMatchTheRuntime() throws IOException {
    String payara = pomProperty("payara.version");
    Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(read(DOCKER.resolve("Dockerfile")));
    assertTrue(from.find());
    assertEquals("payara/micro:" + payara + "-jdk17", from.group(1));

    Map<String, Map<String, Object>> services = composeServices();
    assertEquals(
        Set.of(
            "postgres", "greenwave-1", "greenwave-2", "nginx", "prometheus", "grafana", "backup"),
        services.keySet());
    List<String> images = new ArrayList<>();
    services.values().forEach(s -> images.add((String) s.get("image")));
    for (Map<String, Object> doc : k8sDocuments()) {
      images.addAll(containerImages(doc));
    }
    for (String image : images) {
      assertNotNull(image);
      String tag = image.substring(image.lastIndexOf(':') + 1);
      assertTrue(image.contains(":") && !tag.equals("latest"), "unpinned image " + image);
    }
    assertEquals("postgres:16", services.get("postgres").get("image"));
    assertEquals("postgres:16", services.get("backup").get("image"), "pg_dump = server major");
    String composeTag = tagOf((String) services.get("greenwave-1").get("image"));
    assertEquals(composeTag, tagOf(k8sContainer("Deployment", "greenwave").get("image")));
    assertEquals(pomProjectVersion().replace("-SNAPSHOT", ""), composeTag);
  }

  @Test
  void composeNodesClusterAndAreScrapedAndBalanced() throws IOException {
    Map<String, Map<String, Object>> services = composeServices();
    for (String node : NODES) {
      Map<String, Object> service = services.get(node);
      List<?> exposed = (List<?>) service.get("expose");
      assertTrue(exposed.contains("8080") && exposed.contains("6900"), node + " ports");
      Map<String, Object> env = map(service.get("environment"));
      String clusterMode = (String) env.get("PAYARA_CLUSTER_MODE");
      assertNotNull(clusterMode, node + " has no cluster mode");
      assertTrue(clusterMode.startsWith("tcpip:"), clusterMode);
      Set<String> members = Set.of(clusterMode.substring("tcpip:".length()).split(","));
      assertEquals(Set.of("greenwave-1:6900", "greenwave-2:6900"), members);
      assertTrue(
          String.valueOf(map(service.get("healthcheck")).get("test"))
              .contains("/opt/payara/healthcheck.sh"));
    }
    Map<String, Object> prometheus = yamlDocument(DOCKER.resolve("prometheus.yml"));
    String scrape = String.valueOf(prometheus.get("scrape_configs"));
    for (String node : NODES) {
      assertTrue(scrape.contains(node + ":8080"), "Prometheus does not scrape " + node);
    }
    assertTrue(scrape.contains("metrics_path=/metrics"));

    String nginx = read(DOCKER.resolve("nginx.conf"));
    for (String node : NODES) {
      assertTrue(nginx.contains("server " + node + ":8080"), "nginx does not balance " + node);
    }
    assertTrue(nginx.contains("location /ws/"), "no WebSocket location");
    assertTrue(nginx.contains("proxy_set_header Upgrade $http_upgrade"), "no WebSocket upgrade");
    assertTrue(nginx.contains("ip_hash"), "no sticky upstream for the console");

    String datasource = read(DOCKER.resolve("grafana/provisioning/datasources/prometheus.yml"));
    assertTrue(datasource.contains("http://prometheus:9090"));
    String dashboard = read(DOCKER.resolve("grafana/dashboards/greenwave.json"));
    for (String series :
        List.of(
            "greenwave_http_requests_seconds_count",
            "greenwave_readings_stored",
            "greenwave_intersections")) {
      assertTrue(dashboard.contains(series), "dashboard lacks " + series);
    }
  }

  @Test
  void healthChecksAskForGreenwavesOwnReadiness() throws IOException {
    String dockerfile = read(DOCKER.resolve("Dockerfile"));
    assertTrue(dockerfile.contains("HEALTHCHECK"));
    assertTrue(dockerfile.contains("/opt/payara/healthcheck.sh"));
    String script = read(DOCKER.resolve("healthcheck.sh"));
    assertTrue(script.contains("http://127.0.0.1:8080/health/ready"));
    assertTrue(script.contains("\"database\""), "must wait for Greenwave's database check");

    Map<String, Object> container = k8sContainer("Deployment", "greenwave");
    assertEquals("/health/ready", probePath(container, "readinessProbe"));
    assertEquals("/health/live", probePath(container, "livenessProbe"));
    assertNotNull(container.get("startupProbe"), "no startup probe");
    Map<String, Object> resources = map(container.get("resources"));
    assertNotNull(map(resources.get("requests")).get("memory"));
    assertNotNull(map(resources.get("limits")).get("memory"));
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (Object p : (List<?>) container.get("ports")) {
      ports.put((String) map(p).get("name"), (Integer) map(p).get("containerPort"));
    }
    assertEquals(Map.of("http", 8080, "hazelcast", 6900), ports);
  }

  @Test
  void kubernetesDiscoveryFindsTheHeadlessServiceWithPermission() throws IOException {
    Map<String, Object> config = k8sDocument("ConfigMap", "greenwave-config");
    String mode = (String) map(config.get("data")).get("PAYARA_CLUSTER_MODE");
    Matcher m = Pattern.compile("kubernetes:([a-z0-9-]+),([a-z0-9-]+)").matcher(mode);
    assertTrue(m.matches(), mode);
    assertNotNull(k8sDocument("Namespace", m.group(1)));
    Map<String, Object> service = k8sDocument("Service", m.group(2));
    Map<String, Object> spec = map(service.get("spec"));
    assertEquals("None", spec.get("clusterIP"), "discovery service must be headless");
    assertEquals(Boolean.TRUE, spec.get("publishNotReadyAddresses"));
    Map<String, Object> port = map(((List<?>) spec.get("ports")).get(0));
    assertEquals(6900, port.get("port"));

    Map<String, Object> deployment = k8sDocument("Deployment", "greenwave");
    Map<String, Object> podSpec = map(map(map(deployment.get("spec")).get("template")).get("spec"));
    String account = (String) podSpec.get("serviceAccountName");
    Map<String, Object> binding = k8sDocument("RoleBinding", "greenwave-cluster-discovery");
    assertTrue(String.valueOf(binding.get("subjects")).contains("name=" + account));
    String rules = String.valueOf(k8sDocument("Role", "greenwave-cluster-discovery").get("rules"));
    assertTrue(rules.contains("endpoints") && rules.contains("list"), rules);

    Map<String, Object> ingress = map(k8sDocument("Ingress", "greenwave").get("spec"));
    assertNotNull(ingress.get("tls"), "ingress without TLS");
    assertTrue(
        String.valueOf(ingress.get("rules")).contains("number=8080")
            || String.valueOf(ingress.get("rules")).contains("name=http"));
    Map<String, Object> hpa = map(k8sDocument("HorizontalPodAutoscaler", "greenwave").get("spec"));
    assertTrue((Integer) hpa.get("minReplicas") >= 2, "a cluster needs two nodes");
    assertNotNull(k8sDocument("StatefulSet", "greenwave-postgres"));
    assertEquals(
        List.of("postgres:16"), containerImages(k8sDocument("CronJob", "greenwave-backup")));
    String kustomization = read(K8S.resolve("kustomization.yaml"));
    try (Stream<Path> files = Files.list(K8S)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
          .filter(n -> !n.contains("template"))
          .forEach(n -> assertTrue(kustomization.contains(n), n + " not in kustomization"));
    }
  }

  @Test
  void everyGreenwaveVariableIsAKeyTheApplicationReads() throws IOException {
    Set<String> known = applicationKeysInEnvironmentForm();
    Map<String, String> variables = new LinkedHashMap<>();
    composeServices()
        .forEach(
            (name, service) -> {
              if (service.get("environment") != null) {
                map(service.get("environment"))
                    .forEach((k, v) -> variables.put(k, name + " = " + v));
              }
            });
    map(k8sDocument("ConfigMap", "greenwave-config").get("data"))
        .forEach((k, v) -> variables.put(k, "configmap = " + v));
    for (Object e : (List<?>) k8sContainer("Deployment", "greenwave").get("env")) {
      variables.put((String) map(e).get("name"), "deployment");
    }
    Matcher env =
        Pattern.compile("(?m)^\\s*(?:ENV\\s+)?(GREENWAVE_[A-Z0-9_]+)=")
            .matcher(read(DOCKER.resolve("Dockerfile")));
    while (env.find()) {
      variables.put(env.group(1), "Dockerfile");
    }
    assertTrue(variables.containsKey("GREENWAVE_DB_URL"), variables.toString());
    for (String name : variables.keySet()) {
      if (!name.startsWith("GREENWAVE_")) {
        continue;
      }
      String key = name.endsWith("_FILE") ? name.substring(0, name.length() - 5) : name;
      assertTrue(
          known.contains(key), name + " (" + variables.get(name) + ") is not read by Greenwave");
    }
  }

  @Test
  void noSecretValueIsWrittenIntoAnyFile() throws IOException {
    List<String> problems = new ArrayList<>();
    composeServices()
        .forEach(
            (name, service) -> {
              if (service.get("environment") != null) {
                map(service.get("environment"))
                    .forEach(
                        (k, v) -> {
                          if (SECRET_NAME.matcher(k).matches()
                              && !k.endsWith("_FILE")
                              && !k.endsWith("__FILE")) {
                            problems.add(name + ": " + k + " has a literal value");
                          }
                        });
              }
            });
    Map<String, Object> compose = yamlDocument(DOCKER.resolve("docker-compose.yml"));
    map(compose.get("secrets"))
        .forEach(
            (name, secret) -> {
              String file = (String) map(secret).get("file");
              if (file == null || !file.startsWith("./secrets/") || !file.endsWith(".txt")) {
                problems.add("secret " + name + " is not read from docker/secrets/*.txt");
              }
            });
    if (!read(DOCKER.resolve("secrets/.gitignore")).contains("*.txt")) {
      problems.add("docker/secrets/*.txt are not ignored by git");
    }
    for (Map<String, Object> doc : k8sDocuments()) {
      if ("Secret".equals(doc.get("kind"))) {
        map(doc.get("stringData"))
            .forEach(
                (k, v) -> {
                  if (v != null && !String.valueOf(v).isEmpty()) {
                    problems.add("Secret " + k + " has a value");
                  }
                });
      }
      if ("ConfigMap".equals(doc.get("kind"))) {
        map(doc.get("data"))
            .keySet()
            .forEach(
                k -> {
                  if (SECRET_NAME.matcher(k).matches()) {
                    problems.add("ConfigMap holds " + k);
                  }
                });
      }
    }
    for (Map<String, Object> doc : k8sDocuments()) {
      for (Map<String, Object> container : containers(doc)) {
        Object env = container.get("env");
        for (Object e : env instanceof List<?> l ? l : List.of()) {
          Map<String, Object> var = map(e);
          if (SECRET_NAME.matcher((String) var.get("name")).matches() && var.get("value") != null) {
            problems.add(doc.get("kind") + " env " + var.get("name") + " has a literal value");
          }
        }
      }
    }
    Matcher env = Pattern.compile("(?m)([A-Z0-9_]+)=").matcher(read(DOCKER.resolve("Dockerfile")));
    while (env.find()) {
      if (SECRET_NAME.matcher(env.group(1)).matches()) {
        problems.add("Dockerfile sets " + env.group(1));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void entrypointTurnsSecretFilesIntoVariables(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path secret = tmp.resolve("db_password");
    Files.writeString(secret, "s3cret\n");
    ProcessBuilder sh =
        new ProcessBuilder("sh", DOCKER.resolve("greenwave.sh").toString())
            .redirectErrorStream(true);
    sh.environment().put("GREENWAVE_DRY_RUN", "1");
    sh.environment().put("GREENWAVE_DATA_DIR", tmp.resolve("data").toString());
    sh.environment().put("GREENWAVE_DB_PASSWORD_FILE", secret.toString());
    sh.environment().put("PAYARA_CLUSTER_MODE", "tcpip:greenwave-1:6900,greenwave-2:6900");
    Process p = sh.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("--clustermode tcpip:greenwave-1:6900,greenwave-2:6900"), out);
    assertTrue(out.lines().anyMatch("GREENWAVE_DB_PASSWORD"::equals), out);
    assertFalse(out.contains("GREENWAVE_DB_PASSWORD_FILE"), out);
    assertFalse(out.contains("s3cret"), "the secret value must not be printed");
  }

  // --- what the application reads ------------------------------------------------------------

  /**
   * Keys in microprofile-config.properties, plus {@code greenwave.*} keys named in the sources
   * (literals, and {@code PREFIX + "name"} / {@code get("name"...)} where a class declares a {@code
   * greenwave.*} prefix), in environment-variable form.
   */
  static Set<String> applicationKeysInEnvironmentForm() throws IOException {
    Set<String> keys = new HashSet<>();
    Properties defaults = new Properties();
    try (InputStream in =
        Files.newInputStream(
            Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
      defaults.load(in);
    }
    keys.addAll(defaults.stringPropertyNames());
    Pattern literal = Pattern.compile("\"(greenwave\\.[a-z0-9.-]*[a-z0-9])\"");
    Pattern prefix = Pattern.compile("PREFIX\\s*=\\s*\"(greenwave\\.[a-z0-9.-]+)\"");
    Pattern suffix =
        Pattern.compile("(?:PREFIX\\s*\\+\\s*|\\bget\\(\\s*)\"([a-z0-9][a-z0-9.-]*[a-z0-9])\"");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = read(source);
        Matcher m = literal.matcher(text);
        while (m.find()) {
          keys.add(m.group(1));
        }
        Matcher p = prefix.matcher(text);
        if (p.find()) {
          Matcher s = suffix.matcher(text);
          while (s.find()) {
            keys.add(p.group(1) + s.group(1));
          }
        }
      }
    }
    Set<String> environment = new HashSet<>();
    keys.forEach(k -> environment.add(k.toUpperCase().replaceAll("[^A-Z0-9]", "_")));
    return environment;
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<Object> yamlDocuments(Path file) throws IOException {
    List<Object> documents = new ArrayList<>();
    new Yaml()
        .loadAll(read(file))
        .forEach(
            d -> {
              if (d != null) {
                documents.add(d);
              }
            });
    return documents;
  }

  private static Map<String, Object> yamlDocument(Path file) throws IOException {
    return map(yamlDocuments(file).get(0));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }

  private static Map<String, Map<String, Object>> composeServices() throws IOException {
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    map(yamlDocument(DOCKER.resolve("docker-compose.yml")).get("services"))
        .forEach((k, v) -> services.put(k, map(v)));
    return services;
  }

  private static List<Map<String, Object>> k8sDocuments() throws IOException {
    List<Map<String, Object>> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(K8S)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        yamlDocuments(f).forEach(d -> docs.add(map(d)));
      }
    }
    return docs;
  }

  private static Map<String, Object> k8sDocument(String kind, String name) throws IOException {
    for (Map<String, Object> doc : k8sDocuments()) {
      if (kind.equals(doc.get("kind")) && name.equals(map(doc.get("metadata")).get("name"))) {
        return doc;
      }
    }
    throw new AssertionError("no " + kind + " " + name + " in docker/k8s");
  }

  private static Map<String, Object> k8sContainer(String kind, String name) throws IOException {
    Map<String, Object> spec = map(k8sDocument(kind, name).get("spec"));
    Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
    return map(((List<?>) pod.get("containers")).get(0));
  }

  /** The containers of a workload: Deployment, StatefulSet (spec.template) or CronJob. */
  private static List<Map<String, Object>> containers(Map<String, Object> doc) {
    Map<String, Object> spec = map(doc.get("spec"));
    if (spec.containsKey("jobTemplate")) {
      spec = map(map(spec.get("jobTemplate")).get("spec"));
    }
    Object list = map(map(spec.get("template")).get("spec")).get("containers");
    List<Map<String, Object>> containers = new ArrayList<>();
    if (list instanceof List<?> l) {
      l.forEach(c -> containers.add(map(c)));
    }
    return containers;
  }

  private static List<String> containerImages(Map<String, Object> doc) {
    return containers(doc).stream().map(c -> (String) c.get("image")).toList();
  }

  private static String probePath(Map<String, Object> container, String probe) {
    return (String) map(map(container.get(probe)).get("httpGet")).get("path");
  }

  private static String tagOf(Object image) {
    String s = String.valueOf(image);
    return s.substring(s.lastIndexOf(':') + 1);
  }

  private static String pomProperty(String name) throws IOException {
    Matcher m =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(read(Path.of("pom.xml")));
    assertTrue(m.find(), name);
    return m.group(1);
  }

  private static String pomProjectVersion() throws IOException {
    Matcher m =
        Pattern.compile("</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(read(Path.of("pom.xml")));
    assertTrue(m.find());
    return m.group(1);
  }
}
