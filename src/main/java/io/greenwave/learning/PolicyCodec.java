package io.greenwave.learning;

import io.greenwave.learning.model.ActionValues;
import io.greenwave.learning.model.LinearActionValues;
import io.greenwave.learning.model.StateDiscretisation;
import io.greenwave.learning.model.TabularActionValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary policy format, version 1 (big-endian, {@link DataOutputStream} primitives, strings as
 * modified UTF-8):
 *
 * <pre>
 * int magic 0x47575031 ("GWP1"), short version 1, UTF scenarioName
 * hyperparameters: UTF method, double alpha, gamma, epsStart, epsEnd, epsDecay, int episodes,
 *   episodeSeconds, decisionInterval, int[] queueBins, int[] timeBins, boolean countApproaching,
 *   UTF rewardKind, double switchingCost, boolean randomise, int population, double elite,
 *   int workers, long seed
 * double confidenceScale, double trainingSeconds
 * int agents; per agent: UTF id, int phases, minGreen, maxGreen, byte kind (0 linear, 1 table),
 *   linear: double[11] weights; table: int nonZero, then (int index, float value) pairs
 * int curvePoints; per point: int episodes, double seconds, double meanDelay
 * int cases; per case: UTF scenario, double learned, fixed, actuated, maxPressure, pValue,
 *   pValueFixed, int seeds, boolean robustness
 * </pre>
 *
 * Q-tables are stored sparsely as floats: most rows are never visited, and float precision is far
 * finer than the noise of a learned value. Hand-written rather than Java serialisation so the
 * format is stable, documented and readable from other languages.
 */
final class PolicyCodec {
  static final int MAGIC = 0x47575031;
  static final short VERSION = 1;

  private PolicyCodec() {}

  static byte[] encode(Policy p) {
    var bytes = new ByteArrayOutputStream();
    try (var out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeShort(VERSION);
      out.writeUTF(p.scenarioName());
      writeHyperparameters(out, p.hyperparameters());
      out.writeDouble(p.confidenceScale());
      out.writeDouble(p.trainingSeconds());
      out.writeInt(p.intersections().size());
      for (IntersectionPolicy a : p.intersections()) {
        writeAgent(out, a);
      }
      out.writeInt(p.curve().size());
      for (CurvePoint c : p.curve()) {
        out.writeInt(c.episodes());
        out.writeDouble(c.seconds());
        out.writeDouble(c.meanDelay());
      }
      out.writeInt(p.evaluation().size());
      for (EvaluationCase e : p.evaluation()) {
        writeCase(out, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Policy decode(byte[] bytes) {
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        throw new IllegalArgumentException("not a Greenwave policy (bad magic number)");
      }
      short version = in.readShort();
      if (version != VERSION) {
        throw new IllegalArgumentException("unsupported policy format version " + version);
      }
      String name = in.readUTF();
      Hyperparameters h = readHyperparameters(in);
      double scale = in.readDouble();
      double seconds = in.readDouble();
      List<IntersectionPolicy> agents = new ArrayList<>();
      for (int k = in.readInt(); k > 0; k--) {
        agents.add(readAgent(in, h.states()));
      }
      List<CurvePoint> curve = new ArrayList<>();
      for (int k = in.readInt(); k > 0; k--) {
        curve.add(new CurvePoint(in.readInt(), in.readDouble(), in.readDouble()));
      }
      List<EvaluationCase> cases = new ArrayList<>();
      for (int k = in.readInt(); k > 0; k--) {
        cases.add(readCase(in));
      }
      return new Policy(name, h, agents, scale, seconds, curve, cases);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated or corrupt policy: " + e.getMessage(), e);
    }
  }

  private static void writeHyperparameters(DataOutputStream out, Hyperparameters h)
      throws IOException {
    out.writeUTF(h.method().name());
    out.writeDouble(h.learningRate());
    out.writeDouble(h.discount());
    out.writeDouble(h.explorationStart());
    out.writeDouble(h.explorationEnd());
    out.writeDouble(h.explorationDecay());
    out.writeInt(h.episodes());
    out.writeInt(h.episodeSeconds());
    out.writeInt(h.decisionInterval());
    writeInts(out, h.states().queueThresholds());
    writeInts(out, h.states().timeThresholds());
    out.writeBoolean(h.states().countApproaching());
    out.writeUTF(h.reward().kind().name());
    out.writeDouble(h.reward().switchingCost());
    out.writeBoolean(h.randomise());
    out.writeInt(h.population());
    out.writeDouble(h.eliteFraction());
    out.writeInt(h.workers());
    out.writeLong(h.seed());
  }

  private static Hyperparameters readHyperparameters(DataInputStream in) throws IOException {
    LearningMethod method = LearningMethod.valueOf(in.readUTF());
    double alpha = in.readDouble();
    double gamma = in.readDouble();
    double e0 = in.readDouble();
    double e1 = in.readDouble();
    double decay = in.readDouble();
    int episodes = in.readInt();
    int seconds = in.readInt();
    int interval = in.readInt();
    var states = new StateDiscretisation(readInts(in), readInts(in), in.readBoolean());
    var reward = new Reward(RewardKind.valueOf(in.readUTF()), in.readDouble());
    boolean randomise = in.readBoolean();
    int population = in.readInt();
    double elite = in.readDouble();
    int workers = in.readInt();
    long seed = in.readLong();
    return new Hyperparameters(
        method,
        alpha,
        gamma,
        e0,
        e1,
        decay,
        episodes,
        seconds,
        interval,
        states,
        reward,
        randomise,
        population,
        elite,
        workers,
        seed);
  }

  private static void writeAgent(DataOutputStream out, IntersectionPolicy a) throws IOException {
    out.writeUTF(a.intersectionId());
    out.writeInt(a.phases());
    out.writeInt(a.minGreen());
    out.writeInt(a.maxGreen());
    double[] params = a.values().parameters();
    if (a.values() instanceof LinearActionValues) {
      out.writeByte(0);
      for (double w : params) {
        out.writeDouble(w);
      }
      return;
    }
    out.writeByte(1);
    int nonZero = 0;
    for (double v : params) {
      nonZero += v != 0 ? 1 : 0;
    }
    out.writeInt(nonZero);
    for (int k = 0; k < params.length; k++) {
      if (params[k] != 0) {
        out.writeInt(k);
        out.writeFloat((float) params[k]);
      }
    }
  }

  private static IntersectionPolicy readAgent(DataInputStream in, StateDiscretisation states)
      throws IOException {
    String id = in.readUTF();
    int phases = in.readInt();
    int minGreen = in.readInt();
    int maxGreen = in.readInt();
    ActionValues values;
    if (in.readByte() == 0) {
      double[] w = new double[io.greenwave.learning.model.PhaseFeatures.COUNT];
      for (int k = 0; k < w.length; k++) {
        w[k] = in.readDouble();
      }
      values = new LinearActionValues(w);
    } else {
      double[] table = new double[states.rows(phases) * phases];
      for (int k = in.readInt(); k > 0; k--) {
        table[in.readInt()] = in.readFloat();
      }
      values = new TabularActionValues(states, phases, table);
    }
    return new IntersectionPolicy(id, phases, minGreen, maxGreen, values);
  }

  private static void writeCase(DataOutputStream out, EvaluationCase e) throws IOException {
    out.writeUTF(e.scenario());
    out.writeDouble(e.learned());
    out.writeDouble(e.fixed());
    out.writeDouble(e.actuated());
    out.writeDouble(e.maxPressure());
    out.writeDouble(e.pValue());
    out.writeDouble(e.pValueFixed());
    out.writeInt(e.seeds());
    out.writeBoolean(e.robustness());
  }

  private static EvaluationCase readCase(DataInputStream in) throws IOException {
    return new EvaluationCase(
        in.readUTF(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readInt(),
        in.readBoolean());
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int[] values = new int[in.readInt()];
    for (int k = 0; k < values.length; k++) {
      values[k] = in.readInt();
    }
    return values;
  }
}
