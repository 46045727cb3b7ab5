package io.greenwave.forecasting.learner;

import java.io.File;
import java.nio.file.Path;

/**
 * Makes Weka behave inside a server: by default it creates {@code ~/wekafiles} and consults its
 * package manager (and the network) even to build a RandomForest. Call {@link #prepare()} before
 * the first Weka class is loaded; later calls do nothing.
 *
 * <p>WEKA_HOME is read by Weka through its {@code Environment}, which sees both environment
 * variables and system properties: an operator's own WEKA_HOME wins, otherwise it goes to {@code
 * <greenwave.data.dir>/weka}, or a folder under the temporary directory when no data dir is set.
 */
public final class WekaEnvironment {
  private static volatile boolean prepared;

  private WekaEnvironment() {}

  /** Sets the Weka system properties once per process. */
  public static synchronized void prepare() {
    if (prepared) {
      return;
    }
    System.setProperty("weka.packageManager.offline", "true");
    System.setProperty("weka.packageManager.loadPackages", "false");
    if (System.getenv("WEKA_HOME") == null && System.getProperty("WEKA_HOME") == null) {
      File home = home().toFile();
      home.mkdirs();
      System.setProperty("WEKA_HOME", home.getAbsolutePath());
    }
    prepared = true;
  }

  private static Path home() {
    String dataDir = System.getProperty("greenwave.data.dir");
    return dataDir != null
        ? Path.of(dataDir, "weka")
        : Path.of(System.getProperty("java.io.tmpdir"), "greenwave-weka");
  }
}
