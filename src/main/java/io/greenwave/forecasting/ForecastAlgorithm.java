package io.greenwave.forecasting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import weka.classifiers.Classifier;
import weka.classifiers.functions.SMOreg;
import weka.classifiers.functions.supportVector.PolyKernel;
import weka.classifiers.trees.RandomForest;
import weka.classifiers.trees.RandomTree;
import weka.core.OptionHandler;

/**
 * The Weka regressors a demand forecaster can be trained with, their named hyperparameters and the
 * defaults that keep a model small and quick (see docs/forecasting.md for the measurements).
 *
 * <p>Hyperparameters are named for people ({@code numTrees}, {@code hiddenLayers}) and translated
 * to Weka options; every algorithm also takes {@code maxTrainingRows}, a seeded random subsample
 * for the learners whose training time grows faster than linearly (0 = all rows).
 */
public enum ForecastAlgorithm {
  /** Bagged random trees; thread-safe once trained; the default. */
  RANDOM_FOREST(
      "weka.classifiers.trees.RandomForest",
      true,
      params(
          "numTrees",
          "-I",
          "20",
          "maxDepth",
          "-depth",
          "0",
          "minLeaf",
          "-M",
          "60",
          "featuresPerSplit",
          "-K",
          "0",
          "bagSizePercent",
          "-P",
          "100",
          "executionSlots",
          "-num-slots",
          "2",
          "maxTrainingRows",
          "",
          "0"),
      Set.of(),
      "-S"),
  /** Model tree: linear models in the leaves of a pruned tree; tiny and fast. */
  M5P(
      "weka.classifiers.trees.M5P",
      false,
      params(
          "minLeaf",
          "-M",
          "10",
          "unpruned",
          "-N",
          "false",
          "unsmoothed",
          "-U",
          "false",
          "regressionTree",
          "-R",
          "false",
          "maxTrainingRows",
          "",
          "0"),
      Set.of("unpruned", "unsmoothed", "regressionTree"),
      null),
  /** Least squares with optional attribute selection and ridge. */
  LINEAR_REGRESSION(
      "weka.classifiers.functions.LinearRegression",
      false,
      params("ridge", "-R", "1.0E-8", "attributeSelection", "-S", "0", "maxTrainingRows", "", "0"),
      Set.of(),
      null),
  /** Feed-forward neural network trained by back-propagation. */
  MULTILAYER_PERCEPTRON(
      "weka.classifiers.functions.MultilayerPerceptron",
      false,
      params(
          "hiddenLayers",
          "-H",
          "12",
          "learningRate",
          "-L",
          "0.1",
          "momentum",
          "-M",
          "0.2",
          "epochs",
          "-N",
          "150",
          "maxTrainingRows",
          "",
          "8000"),
      Set.of(),
      "-S"),
  /** Support-vector regression (polynomial kernel); training is quadratic in the rows. */
  SMO_REG(
      "weka.classifiers.functions.SMOreg",
      false,
      params("complexity", "-C", "1.0", "kernelExponent", "", "1.0", "maxTrainingRows", "", "1500"),
      Set.of(),
      null);

  private final String wekaClass;
  private final boolean threadSafe;
  private final Map<String, String[]> parameters;
  private final Set<String> flags;
  private final String seedOption;

  ForecastAlgorithm(
      String wekaClass,
      boolean threadSafe,
      Map<String, String[]> parameters,
      Set<String> flags,
      String seedOption) {
    this.wekaClass = wekaClass;
    this.threadSafe = threadSafe;
    this.parameters = parameters;
    this.flags = flags;
    this.seedOption = seedOption;
  }

  /** Whether one trained instance may serve many threads at once. */
  public boolean threadSafe() {
    return threadSafe;
  }

  /** The Weka class behind this algorithm. */
  public String wekaClass() {
    return wekaClass;
  }

  /** The defaults, in a stable order. */
  public Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    parameters.forEach((name, optionAndDefault) -> d.put(name, optionAndDefault[1]));
    return d;
  }

  /**
   * The hyperparameters a run uses: the defaults overridden by {@code given}.
   *
   * @throws IllegalArgumentException naming a hyperparameter this algorithm does not have
   */
  public Map<String, String> effective(Map<String, String> given) {
    Map<String, String> merged = defaults();
    for (Map.Entry<String, String> e : given.entrySet()) {
      if (!parameters.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "Unknown hyperparameter '"
                + e.getKey()
                + "' for "
                + name()
                + "; known: "
                + parameters.keySet());
      }
      merged.put(e.getKey(), e.getValue().trim());
    }
    return merged;
  }

  /** An untrained classifier configured with {@code effective} hyperparameters and the seed. */
  public Classifier newClassifier(Map<String, String> effective, long seed) {
    List<String> options = new ArrayList<>();
    for (Map.Entry<String, String> e : effective.entrySet()) {
      String option = parameters.get(e.getKey())[0];
      if (option.isEmpty()) {
        continue;
      }
      if (flags.contains(e.getKey())) {
        if (Boolean.parseBoolean(e.getValue())) {
          options.add(option);
        }
      } else {
        options.add(option);
        options.add(e.getValue());
      }
    }
    if (seedOption != null) {
      options.add(seedOption);
      options.add(Long.toString(seed));
    }
    try {
      // Instantiated directly: Weka's forName scans the whole class path for a match (slow, and
      // it opens every jar of the container).
      Classifier c = (Classifier) Class.forName(wekaClass).getDeclaredConstructor().newInstance();
      if (c instanceof RandomForest forest) {
        configure(forest, effective, seed);
        return forest;
      }
      ((OptionHandler) c).setOptions(options.toArray(String[]::new));
      if (c instanceof SMOreg smo) {
        PolyKernel kernel = new PolyKernel();
        kernel.setExponent(Double.parseDouble(effective.get("kernelExponent")));
        smo.setKernel(kernel);
      }
      return c;
    } catch (Exception e) {
      throw new IllegalArgumentException(
          "Invalid hyperparameters for " + name() + " " + effective + ": " + e.getMessage(), e);
    }
  }

  /**
   * RandomForest through its setters: its {@code setOptions} looks the tree class up by name, and
   * Weka's lookup rescans every jar on the class path each time.
   */
  private static void configure(RandomForest forest, Map<String, String> p, long seed) {
    forest.setNumIterations(Integer.parseInt(p.get("numTrees")));
    forest.setMaxDepth(Integer.parseInt(p.get("maxDepth")));
    forest.setNumFeatures(Integer.parseInt(p.get("featuresPerSplit")));
    forest.setBagSizePercent(Integer.parseInt(p.get("bagSizePercent")));
    forest.setNumExecutionSlots(Integer.parseInt(p.get("executionSlots")));
    forest.setSeed((int) seed);
    ((RandomTree) forest.getClassifier()).setMinNum(Double.parseDouble(p.get("minLeaf")));
  }

  /** The number of rows to train on, 0 for all. */
  public int maxTrainingRows(Map<String, String> effective) {
    return Integer.parseInt(effective.get("maxTrainingRows"));
  }

  private static Map<String, String[]> params(String... nameOptionDefault) {
    Map<String, String[]> m = new LinkedHashMap<>();
    for (int i = 0; i < nameOptionDefault.length; i += 3) {
      m.put(
          nameOptionDefault[i], new String[] {nameOptionDefault[i + 1], nameOptionDefault[i + 2]});
    }
    return m;
  }
}
