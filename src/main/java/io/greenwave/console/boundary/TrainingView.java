package io.greenwave.console.boundary;

import io.greenwave.console.control.LineChart;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.LearningMethod;
import io.greenwave.ml.control.JobStore;
import io.greenwave.ml.control.TrainingJobs;
import io.greenwave.ml.entity.TrainingJob;
import io.greenwave.ml.entity.TrainingRequest;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.platform.entity.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts trainings and watches them: a forecaster (Weka regression of next-interval demand) or a
 * signal policy (learned in the simulator), with the recommended hyperparameters filled in. Jobs
 * run in the background through {@link TrainingJobs}; their progress and learning curve arrive by
 * push, and the page reloads the job list whenever its socket (re)opens.
 */
@Named
@ViewScoped
public class TrainingView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int JOBS_SHOWN = 20;
  static final long DEFAULT_SEED = 7L;

  @Inject IntersectionRepository intersections;
  @Inject TrainingJobs trainings;
  @Inject JobStore jobs;
  @Inject ConsoleUser user;
  @Inject ConsoleAudit audit;

  private List<String> intersectionIds = List.of();
  private List<TrainingJob> recent = List.of();
  private String watchedJobId;
  private String curveJson;

  // the request being prepared
  private String intersectionId;
  private String kind = "policy";
  private String policyMethod = LearningMethod.POLICY_SEARCH.name();
  private String forecastAlgorithm = "RANDOM_FOREST";
  private Integer horizon = 1;
  private Integer holdoutDays = 7;
  private Integer episodes;
  private Double learningRate;
  private Double discount;
  private Double explorationStart;
  private Double explorationEnd;
  private Double explorationDecay;
  private Integer decisionInterval;
  private Long seed = DEFAULT_SEED;

  @PostConstruct
  void init() {
    intersectionIds = intersections.all().stream().map(Intersection::id).toList();
    intersectionId = intersectionIds.isEmpty() ? null : intersectionIds.get(0);
    applyDefaults();
    reload();
  }

  /** Fills the policy hyperparameters with the recommended values of the chosen method. */
  public void applyDefaults() {
    Hyperparameters h = Hyperparameters.defaults(LearningMethod.valueOf(policyMethod));
    episodes = h.episodes();
    learningRate = h.learningRate();
    discount = h.discount();
    explorationStart = h.explorationStart();
    explorationEnd = h.explorationEnd();
    explorationDecay = h.explorationDecay();
    decisionInterval = h.decisionInterval();
  }

  public void reload() {
    recent = jobs.recent(JOBS_SHOWN);
    if (watchedJobId == null && !recent.isEmpty()) {
      watchedJobId = recent.get(0).id();
    }
    TrainingJob watched = watchedJobId == null ? null : jobs.find(watchedJobId).orElse(null);
    curveJson = curveOf(watched).toJson();
  }

  public void start() {
    user.requireOperator();
    boolean policy = "policy".equals(kind);
    JsonObjectBuilder hyper = Json.createObjectBuilder();
    if (policy) {
      hyper
          .add("episodes", episodes)
          .add("learningRate", learningRate)
          .add("discount", discount)
          .add("explorationStart", explorationStart)
          .add("explorationEnd", explorationEnd)
          .add("explorationDecay", explorationDecay)
          .add("decisionInterval", decisionInterval);
    }
    TrainingRequest request =
        new TrainingRequest(
            intersectionId,
            kind,
            policy ? policyMethod : forecastAlgorithm,
            hyper.build(),
            policy ? null : horizon,
            policy ? null : holdoutDays,
            null,
            null,
            null,
            null,
            null,
            seed);
    try {
      TrainingJob job = trainings.submit(request, user.actor());
      watchedJobId = job.id();
      audit.record("train", "/console/training/" + job.id(), 202, kind + " " + intersectionId);
      Messages.info("Training queued: " + kind + " for " + intersectionId);
    } catch (ProblemException refused) {
      Messages.problem(refused, field -> "train:" + field);
    }
    reload();
  }

  public void cancel(TrainingJob job) {
    user.requireOperator();
    try {
      jobs.requestCancel(job.id());
      audit.record("cancel", "/console/training/" + job.id(), 200, null);
      Messages.info("Cancel requested");
    } catch (ProblemException refused) {
      Messages.error(refused.getMessage());
    }
    reload();
  }

  public void watch(TrainingJob job) {
    watchedJobId = job.id();
    reload();
  }

  /** The learning curve stored with the job: points [episode, metric, exploration]. */
  static LineChart curveOf(TrainingJob job) {
    LineChart chart = new LineChart("training metric");
    Map<String, Double> points = new LinkedHashMap<>();
    if (job != null && job.curve() != null && !job.curve().isBlank()) {
      JsonArray curve = Json.createReader(new StringReader(job.curve())).readArray();
      for (JsonValue p : curve) {
        JsonArray point = p.asJsonArray();
        points.put(
            String.format("%06d", point.getJsonNumber(0).longValue()),
            point.getJsonNumber(1).doubleValue());
      }
    }
    return chart.add("metric", points);
  }

  /** The recommended settings of the chosen method, shown beside each field as its default. */
  public Hyperparameters getRecommended() {
    return Hyperparameters.defaults(LearningMethod.valueOf(policyMethod));
  }

  /** The seed a new form starts with: the one the documented results were measured with. */
  public long getDefaultSeed() {
    return DEFAULT_SEED;
  }

  public boolean isPolicy() {
    return "policy".equals(kind);
  }

  public List<TrainingJob> getRecent() {
    return recent;
  }

  public String getWatchedJobId() {
    return watchedJobId;
  }

  public String getCurveJson() {
    return curveJson;
  }

  public List<String> getIntersectionIds() {
    return intersectionIds;
  }

  public List<String> getPolicyMethods() {
    return java.util.Arrays.stream(LearningMethod.values()).map(Enum::name).toList();
  }

  public List<String> getForecastAlgorithms() {
    return java.util.Arrays.stream(io.greenwave.forecasting.ForecastAlgorithm.values())
        .map(Enum::name)
        .toList();
  }

  public String getIntersectionId() {
    return intersectionId;
  }

  public void setIntersectionId(String intersectionId) {
    this.intersectionId = intersectionId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPolicyMethod() {
    return policyMethod;
  }

  public void setPolicyMethod(String policyMethod) {
    this.policyMethod = policyMethod;
  }

  public String getForecastAlgorithm() {
    return forecastAlgorithm;
  }

  public void setForecastAlgorithm(String forecastAlgorithm) {
    this.forecastAlgorithm = forecastAlgorithm;
  }

  public Integer getHorizon() {
    return horizon;
  }

  public void setHorizon(Integer horizon) {
    this.horizon = horizon;
  }

  public Integer getHoldoutDays() {
    return holdoutDays;
  }

  public void setHoldoutDays(Integer holdoutDays) {
    this.holdoutDays = holdoutDays;
  }

  public Integer getEpisodes() {
    return episodes;
  }

  public void setEpisodes(Integer episodes) {
    this.episodes = episodes;
  }

  public Double getLearningRate() {
    return learningRate;
  }

  public void setLearningRate(Double learningRate) {
    this.learningRate = learningRate;
  }

  public Double getDiscount() {
    return discount;
  }

  public void setDiscount(Double discount) {
    this.discount = discount;
  }

  public Double getExplorationStart() {
    return explorationStart;
  }

  public void setExplorationStart(Double explorationStart) {
    this.explorationStart = explorationStart;
  }

  public Double getExplorationEnd() {
    return explorationEnd;
  }

  public void setExplorationEnd(Double explorationEnd) {
    this.explorationEnd = explorationEnd;
  }

  public Double getExplorationDecay() {
    return explorationDecay;
  }

  public void setExplorationDecay(Double explorationDecay) {
    this.explorationDecay = explorationDecay;
  }

  public Integer getDecisionInterval() {
    return decisionInterval;
  }

  public void setDecisionInterval(Integer decisionInterval) {
    this.decisionInterval = decisionInterval;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }
}
