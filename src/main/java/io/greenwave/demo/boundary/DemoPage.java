package io.greenwave.demo.boundary;

import io.greenwave.demo.control.DemoRun;
import io.greenwave.demo.control.DemoScenario;
import io.greenwave.demo.control.DemoSessions;
import io.greenwave.demo.control.DemoSettings;
import io.greenwave.demo.control.RegistryPolicies;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;

/**
 * The public demo page ({@code /demo/}): admits the visitor (or tells them the demo is full), holds
 * the controls, and ends the visitor's run when the page is left. OmniFaces' view scope destroys
 * the bean when the browser unloads the page, so a closed tab frees its place at once.
 *
 * <p>The page is read-only for the installation: it runs simulations in memory and never writes to
 * the database or the model registry.
 */
@Named
@ViewScoped
public class DemoPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DemoSessions sessions;
  @Inject RegistryPolicies registry;

  private String token;
  private String scenario = DemoSettings.defaults().scenario().key();
  private int demandPercent = (int) Math.round(DemoSettings.defaults().degreeOfSaturation() * 100);
  private String baseline = DemoSettings.defaults().baseline();
  private int speed = DemoSettings.defaults().speed();
  private boolean learned = true;
  private int decisionInterval = DemoSettings.defaults().decisionIntervalSeconds();

  @PostConstruct
  void admit() {
    token = sessions.open(settings(), registry).orElse(null);
  }

  @PreDestroy
  void leave() {
    sessions.close(token);
  }

  private DemoSettings settings() {
    return new DemoSettings(
        DemoScenario.byKey(scenario),
        demandPercent / 100.0,
        baseline,
        decisionInterval,
        speed,
        DemoSettings.defaults().seed());
  }

  private Optional<DemoRun> run() {
    return sessions.run(token);
  }

  /** Whether the visitor was turned away at the cap (or their run has ended meanwhile). */
  public boolean isBusy() {
    return run().isEmpty();
  }

  public void start() {
    run().ifPresent(DemoRun::start);
  }

  public void pause() {
    run().ifPresent(DemoRun::pause);
  }

  /** Starts the same traffic again from second 0 with the current settings. */
  public void reset() {
    run()
        .ifPresent(
            r -> {
              r.reset(settings());
              r.switches().learned(learned);
            });
  }

  public void speedChanged() {
    run().ifPresent(r -> r.speed(speed));
  }

  public void learnedChanged() {
    run().ifPresent(r -> r.switches().learned(learned));
  }

  public void intervalChanged() {
    run().ifPresent(r -> r.switches().decisionIntervalSeconds(decisionInterval));
  }

  /** Which learned model runs on the right, as the page says it. */
  public String getModelLabel() {
    return run().map(DemoRun::modelLabel).orElse("");
  }

  public String getToken() {
    return token;
  }

  public int getActiveRuns() {
    return sessions.active();
  }

  public int getCapacity() {
    return sessions.capacity();
  }

  public int getMaxSpeed() {
    return DemoSettings.MAX_SPEED;
  }

  public List<DemoScenario> getScenarios() {
    return List.of(DemoScenario.values());
  }

  public List<String> getBaselines() {
    return DemoSettings.BASELINES;
  }

  public String getBaselineTitle() {
    return baseline.equals("actuated") ? "Vehicle-actuated control" : "Fixed time (Webster)";
  }

  /**
   * The initial Chart.js configuration of a side's chart (no points yet: the socket adds them):
   * average delay and queue on the left axis, throughput on the right, simulated minutes along x.
   */
  public String chartJson(String side) {
    boolean right = "right".equals(side);
    String[] colours =
        right
            ? new String[] {"#15803d", "#65a30d", "#0e7490"}
            : new String[] {"#b91c1c", "#ea580c", "#6d28d9"};
    return "{\"type\":\"line\",\"data\":{\"datasets\":["
        + dataset("Average delay (s/veh)", colours[0], "y")
        + ","
        + dataset("Queue (vehicles)", colours[1], "y")
        + ","
        + dataset("Throughput (veh/h)", colours[2], "y1")
        + "]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,"
        + "\"plugins\":{\"legend\":{\"labels\":{\"boxWidth\":12}}},"
        + "\"scales\":{\"x\":{\"type\":\"linear\",\"min\":0,"
        + "\"title\":{\"display\":true,\"text\":\"simulated minutes\"}},"
        + "\"y\":{\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":\"s/veh, vehicles\"}},"
        + "\"y1\":{\"beginAtZero\":true,\"position\":\"right\",\"grid\":{\"drawOnChartArea\":false},"
        + "\"title\":{\"display\":true,\"text\":\"veh/h\"}}}}}";
  }

  private static String dataset(String label, String colour, String axis) {
    return "{\"label\":\""
        + label
        + "\",\"data\":[],\"borderColor\":\""
        + colour
        + "\",\"backgroundColor\":\""
        + colour
        + "\",\"pointRadius\":0,\"borderWidth\":2,\"yAxisID\":\""
        + axis
        + "\"}";
  }

  public String getScenario() {
    return scenario;
  }

  public void setScenario(String scenario) {
    this.scenario = scenario;
  }

  public int getDemandPercent() {
    return demandPercent;
  }

  public void setDemandPercent(int demandPercent) {
    this.demandPercent = Math.max(50, Math.min(100, demandPercent));
  }

  public String getBaseline() {
    return baseline;
  }

  public void setBaseline(String baseline) {
    this.baseline = baseline;
  }

  public int getSpeed() {
    return speed;
  }

  public void setSpeed(int speed) {
    this.speed = Math.max(1, Math.min(DemoSettings.MAX_SPEED, speed));
  }

  public boolean isLearned() {
    return learned;
  }

  public void setLearned(boolean learned) {
    this.learned = learned;
  }

  public int getDecisionInterval() {
    return decisionInterval;
  }

  public void setDecisionInterval(int decisionInterval) {
    this.decisionInterval = Math.max(1, Math.min(10, decisionInterval));
  }
}
