package io.greenwave.ml.control;

import io.greenwave.learning.EvaluationCase;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.LearningMethod;
import io.greenwave.learning.Policy;
import io.greenwave.learning.evaluation.PolicyEvaluator;
import io.greenwave.learning.training.PolicyTrainer;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.ml.entity.TrainingRequest;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.simulation.control.ScenarioPreparation;
import io.greenwave.simulation.entity.SimulationRequest;
import io.greenwave.simulator.scenario.Scenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a signal policy for an intersection in the simulator, on its geometry and the demand its
 * detectors counted (randomised during training), then evaluates it on held-out seeds against
 * Webster fixed-time, actuated and max-pressure control: the figures the deploy gate judges.
 */
@ApplicationScoped
public class PolicyTraining {
  @Inject ScenarioPreparation scenarios;

  /**
   * Checks a request before it is queued and resolves its hyperparameters: 400 naming the field.
   */
  public Hyperparameters hyperparameters(TrainingRequest r) {
    LearningMethod method = LearningMethod.POLICY_SEARCH;
    if (r.algorithm() != null) {
      try {
        method = LearningMethod.valueOf(r.algorithm().trim().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField(
            "algorithm", "must be one of " + java.util.Arrays.toString(LearningMethod.values()));
      }
    }
    Hyperparameters h = Hyperparameters.defaults(method);
    if (r.seed() != null) {
      h = h.withSeed(r.seed());
    }
    Map<String, String> given = r.hyperparameterValues();
    try {
      for (var e : given.entrySet()) {
        h = apply(h, e.getKey(), e.getValue());
      }
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField(
          "hyperparameters", "values must be numbers: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("hyperparameters", e.getMessage());
    }
    return h;
  }

  private static Hyperparameters apply(Hyperparameters h, String key, String value) {
    return switch (key) {
      case "episodes" -> h.withEpisodes(Integer.parseInt(value));
      case "episodeSeconds" -> h.withEpisodeSeconds(Integer.parseInt(value));
      case "decisionInterval" -> h.withDecisionInterval(Integer.parseInt(value));
      case "workers" -> h.withWorkers(Integer.parseInt(value));
      case "learningRate" -> h.withLearning(Double.parseDouble(value), h.discount());
      case "discount" -> h.withLearning(h.learningRate(), Double.parseDouble(value));
      case "explorationStart" ->
          h.withExploration(Double.parseDouble(value), h.explorationEnd(), h.explorationDecay());
      case "explorationEnd" ->
          h.withExploration(h.explorationStart(), Double.parseDouble(value), h.explorationDecay());
      case "explorationDecay" ->
          h.withExploration(h.explorationStart(), h.explorationEnd(), Double.parseDouble(value));
      case "randomise" -> h.withRandomise(Boolean.parseBoolean(value));
      case "seed" -> h.withSeed(Long.parseLong(value));
      default ->
          throw new IllegalArgumentException(
              "unknown hyperparameter '"
                  + key
                  + "'; known: episodes, episodeSeconds, decisionInterval, workers, learningRate,"
                  + " discount, explorationStart, explorationEnd, explorationDecay, randomise, seed");
    };
  }

  /** The training scenario: the intersection and its readings-derived demand. */
  public ScenarioPreparation.Plan scenario(TrainingRequest r) {
    return scenarios.prepare(
        new SimulationRequest(
            List.of(r.intersectionId()),
            null,
            List.of("webster"),
            "webster",
            1,
            r.demandFrom(),
            r.demandTo(),
            r.demandScale()));
  }

  public TrainedModel train(
      String jobId, String actor, TrainingRequest r, TrainingProgressSink progress) {
    Hyperparameters h = hyperparameters(r);
    ScenarioPreparation.Plan plan = scenario(r);
    Scenario scenario = plan.scenario();
    progress.report(0.02, "training " + h.method().name().toLowerCase(), null, null);
    Policy trained =
        PolicyTrainer.train(
            scenario,
            h,
            p ->
                progress.report(
                    0.02 + 0.88 * p.fraction(),
                    "episode " + p.episodes() + " of " + p.totalEpisodes(),
                    p.meanDelay(),
                    new double[] {p.episodes(), p.seconds(), p.meanDelay()}),
            progress::cancelled);
    progress.report(0.92, "evaluating on held-out seeds", null, null);
    EvaluationCase eval = PolicyEvaluator.evaluate(scenario, trained, scenario.name());
    Policy policy = trained.withEvaluation(List.of(eval));
    byte[] bytes = policy.toBytes();
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("meanDelay", eval.learned());
    metrics.put("pValueVsBestAdaptive", eval.pValue());
    metrics.put("pValueVsFixed", eval.pValueFixed());
    metrics.put("delayRatioVsFixed", eval.learned() / eval.fixed());
    metrics.put("delayRatioVsBestAdaptive", eval.learned() / eval.bestAdaptive());
    metrics.put("evaluationSeeds", (double) eval.seeds());
    Map<String, Double> baselines = new LinkedHashMap<>();
    baselines.put("fixed", eval.fixed());
    baselines.put("actuated", eval.actuated());
    baselines.put("maxPressure", eval.maxPressure());
    Map<String, Object> hyper = new LinkedHashMap<>();
    hyper.put("method", h.method().name());
    hyper.put("learningRate", h.learningRate());
    hyper.put("discount", h.discount());
    hyper.put("explorationStart", h.explorationStart());
    hyper.put("explorationEnd", h.explorationEnd());
    hyper.put("explorationDecay", h.explorationDecay());
    hyper.put("episodes", h.episodes());
    hyper.put("episodeSeconds", h.episodeSeconds());
    hyper.put("decisionInterval", h.decisionInterval());
    hyper.put("randomise", h.randomise());
    hyper.put("workers", h.workers());
    String scenarioText =
        LineageJson.write(
            Map.of(
                "name", scenario.name(),
                "demand", plan.demand(),
                "horizonSeconds", scenario.options().horizonSeconds()));
    return new TrainedModel(
        new ModelVersion.Lineage(
            r.intersectionId(),
            ModelKind.POLICY,
            h.method().name(),
            LineageJson.write(hyper),
            plan.demand().from() == null ? null : OffsetDateTime.parse(plan.demand().from()),
            plan.demand().to() == null ? null : OffsetDateTime.parse(plan.demand().to()),
            scenarioText.length() > 4000 ? scenarioText.substring(0, 4000) : scenarioText,
            h.seed(),
            LineageJson.write(metrics),
            LineageJson.write(baselines),
            bytes.length,
            policy.trainingSeconds(),
            actor,
            jobId),
        bytes);
  }
}
